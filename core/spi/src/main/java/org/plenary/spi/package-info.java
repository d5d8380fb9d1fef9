/**
 * The extension points of Plenary: what a session-format plugin implements and compiles against.
 *
 * <p>A plugin is a JAR placed beside the platform in the WAR's {@code WEB-INF/lib}. It holds CDI beans
 * ({@code META-INF/beans.xml}, annotated discovery), exactly one of which implements
 * {@link org.plenary.spi.SessionFormat}; Facelets views under {@code META-INF/resources/formats/<id>/};
 * its own persistence unit; Flyway migrations under {@code db/migration/<id>/}; and a message bundle.
 * The core knows no format by name: it finds plugins through CDI, checks them at start-up (see
 * {@link org.plenary.spi.FormatState}) and talks to them only through the types of this package and the
 * events of {@link org.plenary.spi.event}.
 *
 * <p>Plugins never read or write core tables; they keep core ids (a session id, a person's id) as plain columns,
 * read a conference's people and organisations through {@link org.plenary.spi.ConferencePeople}, and name them in
 * exported data by the keys {@link org.plenary.spi.DataReferences} gives.
 *
 * @since 1.0
 */
package org.plenary.spi;

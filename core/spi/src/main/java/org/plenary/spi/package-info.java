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
 * <p>Beyond the session page, a format may add pages of its own ({@link org.plenary.spi.FormatPage}: under
 * {@code /pages/<id>/} for participants, {@code /console/formats/<id>/} for the console), which the core links from
 * each conference that enables the format. For those pages and their rules the core provides, as CDI beans, who is
 * calling and what they may do ({@link org.plenary.spi.Viewers}), the conferences ({@link
 * org.plenary.spi.ConferenceCatalogue}) and the platform's outgoing mail ({@link org.plenary.spi.Mailer}).
 *
 * @since 1.0
 */
package org.plenary.spi;

/**
 * Runs the Plenary platform for tests that talk to it over HTTP (REST, pages, browsers).
 *
 * <p>{@link org.plenary.testkit.server.RunningPlatform} starts one Payara Micro with the platform WAR and the demo
 * programme per test JVM, on a free loopback port, and hands out its address as a
 * {@link org.plenary.testkit.server.Platform}. Reuse it from any module whose failsafe configuration sets the
 * {@code payara.microJar} and {@code plenary.war} system properties (see {@code ear/webapp/pom.xml}).
 */
package org.plenary.testkit.server;

package org.plenary.testkit.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A running Plenary platform that tests talk to over HTTP: where it answers and, when {@link RunningPlatform}
 * started it, where its log is.
 *
 * <p>Obtain it as a test or lifecycle method parameter of a class extended with {@link RunningPlatform}, or from
 * {@link RunningPlatform#platform()}.
 *
 * @param baseUri the application's root, always ending in {@code /}, e.g. {@code http://127.0.0.1:41234/}
 * @param log     the server's combined standard output and error, when this JVM started the server
 */
public record Platform(URI baseUri, Optional<Path> log) {

    public Platform {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(log, "log");
        if (!baseUri.getPath().endsWith("/")) {
            baseUri = URI.create(baseUri + "/");
        }
    }

    /**
     * The absolute address of a page or resource of the application.
     *
     * @param path relative to the application's root, with or without a leading {@code /}, and with its query if
     *             any: {@code "programme.xhtml?c=mlw2020"}, {@code "/api/v1/conferences"}
     * @return e.g. {@code http://127.0.0.1:41234/programme.xhtml?c=mlw2020}
     */
    public String url(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return baseUri.resolve(relative).toString();
    }

    /** The HTTP port the application listens on (on the loopback interface when {@link RunningPlatform} started it). */
    public int port() {
        return baseUri.getPort();
    }
}

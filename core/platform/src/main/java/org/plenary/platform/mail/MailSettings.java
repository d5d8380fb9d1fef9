package org.plenary.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How the platform sends e-mail, from MicroProfile Config (system properties, environment variables such as
 * {@code PLENARY_MAIL_HOST}, or {@code microprofile-config.properties}):
 * <dl>
 *   <dt>{@code plenary.mail.host}</dt><dd>the SMTP server; unset: nothing is sent, mails wait in the outbox (and the
 *       log shows them)</dd>
 *   <dt>{@code plenary.mail.port}</dt><dd>default 25, 587 with {@code starttls}, 465 with {@code ssl}</dd>
 *   <dt>{@code plenary.mail.tls}</dt><dd>{@code none}, {@code starttls} (required, not opportunistic) or {@code ssl}
 *       (TLS from the first byte); default {@code none}</dd>
 *   <dt>{@code plenary.mail.user}, {@code plenary.mail.password}</dt><dd>SMTP authentication, when a user is set</dd>
 *   <dt>{@code plenary.mail.from}</dt><dd>the sender's address, default {@code plenary@localhost}</dd>
 *   <dt>{@code plenary.mail.pollSeconds}</dt><dd>how often the outbox is read, default 10</dd>
 *   <dt>{@code plenary.mail.retrySeconds}, {@code plenary.mail.maxRetrySeconds}</dt><dd>the wait after a first
 *       failure (default 30), doubled at each further one up to the maximum (default 3600)</dd>
 * </dl>
 */
@ApplicationScoped
public class MailSettings {

    /** How the connection to the SMTP server is protected. */
    public enum Tls {
        NONE, STARTTLS, SSL
    }

    @Inject
    @ConfigProperty(name = "plenary.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "plenary.mail.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "plenary.mail.tls", defaultValue = "none")
    String tls;

    @Inject
    @ConfigProperty(name = "plenary.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "plenary.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "plenary.mail.from", defaultValue = "plenary@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "plenary.mail.pollSeconds", defaultValue = "10")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "plenary.mail.retrySeconds", defaultValue = "30")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "plenary.mail.maxRetrySeconds", defaultValue = "3600")
    int maxRetrySeconds;

    /** The SMTP server, when one is set. */
    public Optional<String> host() {
        return host.map(String::strip).filter(h -> !h.isEmpty());
    }

    public Tls tls() {
        try {
            return Tls.valueOf(tls.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("plenary.mail.tls must be none, starttls or ssl, not '" + tls + "'", e);
        }
    }

    public int port() {
        return port.orElseGet(() -> switch (tls()) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case SSL -> 465;
        });
    }

    public Optional<String> user() {
        return user.map(String::strip).filter(u -> !u.isEmpty());
    }

    public String password() {
        return password.orElse("");
    }

    public String from() {
        return from.strip();
    }

    public Duration poll() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    /** How long to wait before the next attempt after this many failed ones (1 or more). */
    public Duration retryAfter(int failures) {
        long base = Math.max(1, retrySeconds);
        long wait = base << Math.min(20, Math.max(0, failures - 1));
        return Duration.ofSeconds(Math.min(wait, Math.max(base, maxRetrySeconds)));
    }

    /** How long a claim on a mail lasts: longer than any attempt can take (connection and reading time-outs). */
    public Duration claim() {
        return Duration.ofSeconds(120);
    }
}

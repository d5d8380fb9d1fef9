package org.plenary.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox, outside every request: every {@code plenary.mail.pollSeconds} (once the platform has started),
 * each due mail is claimed, sent and marked sent; a failure puts it back with a wait that doubles at each attempt
 * ({@link MailSettings#retryAfter}). Nothing is ever deleted or given up: a mail waits until the server takes it.
 *
 * <p>No lock of the container: concurrent runs are safe, as between instances. Every instance of a cluster runs this; the claims ({@link Outbox#claim}) make sure that each mail is sent by one
 * of them. A mail is sent twice only if an instance dies between the server's acceptance and its note that the mail
 * went out (it is then claimed again once the claim runs out, after two minutes).
 */
@Startup
@Singleton
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    private static final int BATCH = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Outbox outbox;

    @Inject
    MailServer server;

    @Inject
    MailSettings settings;

    /** This instance's name in claims. */
    private final String instance = "plenary-" + UUID.randomUUID();
    private final Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        if (settings.host().isEmpty()) {
            LOG.warning("No SMTP server is set (plenary.mail.host): e-mails wait in the outbox until one is");
            return;
        }
        settings.tls();
        long every = settings.poll().toMillis();
        schedule = scheduler.scheduleWithFixedDelay(this::deliverDue, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "E-mail goes out through " + settings.host().orElseThrow() + ":" + settings.port() + " ("
                + settings.tls().name().toLowerCase(java.util.Locale.ROOT) + "), the outbox read every "
                + settings.poll().toSeconds() + " s");
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /**
     * Sends every mail due now that this instance manages to claim; returns how many went out. Runs on its own
     * schedule; tests and tools may call it too (concurrently, as several instances would).
     */
    public int deliverDue() {
        int sent = 0;
        try {
            Instant now = clock.instant();
            for (long id : outbox.due(now, BATCH)) {
                Optional<OutgoingMail> claimed = outbox.claim(id, instance, now, now.plus(settings.claim()));
                if (claimed.isPresent() && deliver(claimed.get())) {
                    sent++;
                }
            }
        } catch (RuntimeException e) {
            // never let an exception end the schedule: the next run tries again
            LOG.log(Level.WARNING, "Reading the outbox failed; trying again at the next run", e);
        }
        return sent;
    }

    private boolean deliver(OutgoingMail mail) {
        try {
            server.send(mail);
        } catch (Exception e) {
            Instant next = clock.instant().plus(settings.retryAfter(mail.getAttempts()));
            LOG.warning(() -> "The " + mail.getKind() + " mail " + mail.getId() + " to " + mail.getRecipient()
                    + " was not sent (attempt " + mail.getAttempts() + "): " + e + "; next attempt at " + next);
            outbox.failed(mail.getId(), instance, e.toString(), next);
            return false;
        }
        outbox.sent(mail.getId(), instance, clock.instant());
        LOG.fine(() -> "Sent the " + mail.getKind() + " mail " + mail.getId() + " to " + mail.getRecipient());
        return true;
    }

    /** This instance's name in the outbox's claims. */
    public String instance() {
        return instance;
    }
}

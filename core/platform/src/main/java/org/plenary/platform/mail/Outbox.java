package org.plenary.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The e-mails to send. {@link #enqueue} writes one in the caller's transaction, so that a mail exists exactly when
 * what it tells about was saved. {@link OutboxDelivery} then {@linkplain #claim claims} due mails one by one, each
 * claim an {@code UPDATE … WHERE status = 'PENDING'} (or an expired claim) that one instance of the platform alone
 * wins, sends it outside any transaction, and records the outcome only while it still holds the claim.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    MailSettings settings;

    private final Clock clock = Clock.systemUTC();

    /**
     * Puts an e-mail in the outbox, in the caller's transaction.
     *
     * @param kind what sort of mail it is ({@code registration.confirm}), for the log and the console
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutgoingMail enqueue(String kind, Letter letter) {
        OutgoingMail mail = new OutgoingMail(kind, letter, clock.instant());
        em.persist(mail);
        if (settings.host().isEmpty()) {
            LOG.info(() -> "No SMTP server is set (plenary.mail.host): the " + kind + " mail to " + letter.recipient()
                    + " waits in the outbox. It reads:\n" + letter.subject() + "\n\n" + letter.text());
        }
        return mail;
    }

    /** The ids of mails due at {@code now} (pending and due, or claimed by an instance whose claim ran out), oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, int max) {
        return em.createQuery("select m.id from OutgoingMail m where (m.status = :pending and m.nextAttemptAtUtc <= :now)"
                        + " or (m.status = :sending and m.claimedUntilUtc < :now) order by m.nextAttemptAtUtc, m.id", Long.class)
                .setParameter("pending", MailStatus.PENDING).setParameter("sending", MailStatus.SENDING)
                .setParameter("now", utc(now)).setMaxResults(max).getResultList();
    }

    /**
     * Claims a due mail for this instance until {@code until}; empty when another instance got it first or it is not
     * due any more. The claim counts as an attempt.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutgoingMail> claim(long id, String instance, Instant now, Instant until) {
        int won = em.createQuery("update OutgoingMail m set m.status = :sending, m.claimedBy = :me, m.claimedUntilUtc = :until,"
                        + " m.attempts = m.attempts + 1 where m.id = :id and ((m.status = :pending and m.nextAttemptAtUtc <= :now)"
                        + " or (m.status = :sending and m.claimedUntilUtc < :now))")
                .setParameter("sending", MailStatus.SENDING).setParameter("pending", MailStatus.PENDING)
                .setParameter("me", instance).setParameter("until", utc(until)).setParameter("id", id)
                .setParameter("now", utc(now)).executeUpdate();
        if (won != 1) {
            return Optional.empty();
        }
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        em.refresh(mail);
        return instance.equals(mail.claimedBy()) ? Optional.of(mail) : Optional.empty();
    }

    /** Records that the mail went out, if this instance still holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sent(long id, String instance, Instant now) {
        return em.createQuery("update OutgoingMail m set m.status = :sent, m.sentAtUtc = :now, m.claimedBy = null,"
                        + " m.claimedUntilUtc = null, m.lastError = null where m.id = :id and m.claimedBy = :me")
                .setParameter("sent", MailStatus.SENT).setParameter("now", utc(now)).setParameter("id", id)
                .setParameter("me", instance).executeUpdate() == 1;
    }

    /** Puts the mail back to wait for another attempt at {@code next}, if this instance still holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long id, String instance, String error, Instant next) {
        String reason = error == null ? "unknown failure" : error.length() > 1000 ? error.substring(0, 1000) : error;
        return em.createQuery("update OutgoingMail m set m.status = :pending, m.nextAttemptAtUtc = :next, m.claimedBy = null,"
                        + " m.claimedUntilUtc = null, m.lastError = :error where m.id = :id and m.claimedBy = :me")
                .setParameter("pending", MailStatus.PENDING).setParameter("next", utc(next)).setParameter("error", reason)
                .setParameter("id", id).setParameter("me", instance).executeUpdate() == 1;
    }

    /** The mails sent or waiting for an address, newest first. */
    public List<OutgoingMail> to(String recipient) {
        return em.createQuery("select m from OutgoingMail m where m.recipient = :r order by m.createdAtUtc desc, m.id desc",
                OutgoingMail.class).setParameter("r", recipient).getResultList();
    }

    /** How many mails wait (pending or being sent). */
    public long waiting() {
        return em.createQuery("select count(m) from OutgoingMail m where m.status <> :sent", Long.class)
                .setParameter("sent", MailStatus.SENT).getSingleResult();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

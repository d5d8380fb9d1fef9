package org.plenary.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.plenary.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An e-mail in the outbox: written in the transaction of what it tells about, sent later by {@link OutboxDelivery}.
 * Claims and outcomes are written by {@link Outbox} with conditional updates, never through this object, so that two
 * instances of the platform never both hold it.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail extends Identified {

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 100000)
    private String textBody;

    @Column(name = "html_body", length = 200000)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAtUtc;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntilUtc;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAtUtc;

    @Column(name = "sent_at")
    private LocalDateTime sentAtUtc;

    protected OutgoingMail() {
    }

    OutgoingMail(String kind, Letter letter, Instant now) {
        this.kind = kind;
        this.recipient = letter.recipient();
        this.subject = letter.subject().length() > 300 ? letter.subject().substring(0, 300) : letter.subject();
        this.textBody = letter.text();
        this.htmlBody = letter.html();
        this.status = MailStatus.PENDING;
        this.nextAttemptAtUtc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        this.createdAtUtc = this.nextAttemptAtUtc;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public MailStatus getStatus() {
        return status;
    }

    /** How many times sending was tried (the one under way included). */
    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAtUtc.toInstant(ZoneOffset.UTC);
    }

    String claimedBy() {
        return claimedBy;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAtUtc.toInstant(ZoneOffset.UTC);
    }

    /** When it was handed to the SMTP server; null until then. */
    public Instant getSentAt() {
        return sentAtUtc == null ? null : sentAtUtc.toInstant(ZoneOffset.UTC);
    }
}

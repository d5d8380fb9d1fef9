package org.plenary.platform.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.persistence.Identified;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Objects;

/**
 * The private iCalendar feed of one account's agenda in one conference: whoever knows its secret reads the agenda
 * (calendar programs cannot sign in), so the secret is long and random, and resetting it makes the old address worthless.
 */
@Entity
@Table(name = "agenda_feed")
public class AgendaFeed extends Identified {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a secret looks like: 256 bits in URL-safe Base64 without padding. */
    public static final String SECRET_PATTERN = "[A-Za-z0-9_-]{43}";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id", nullable = false)
    private Conference conference;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAtUtc;

    protected AgendaFeed() {
    }

    AgendaFeed(Account account, Conference conference, Instant at) {
        this.account = Objects.requireNonNull(account, "account");
        this.conference = Objects.requireNonNull(conference, "conference");
        reset(at);
    }

    /** A new secret: the address given out before stops working. */
    void reset(Instant at) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.createdAtUtc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String getSecret() {
        return secret;
    }

    public Account getAccount() {
        return account;
    }

    public Conference getConference() {
        return conference;
    }

    /** When the secret in use was made. */
    public Instant getCreatedAt() {
        return createdAtUtc.toInstant(ZoneOffset.UTC);
    }
}

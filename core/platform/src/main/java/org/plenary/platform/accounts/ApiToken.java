package org.plenary.platform.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.plenary.platform.persistence.Identified;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A personal API token: a name its owner chose, the SHA-256 of its secret (the secret itself is shown once, when
 * {@link ApiTokens#create made}, and never kept), when it was made, last used and revoked. A revoked token stays
 * listed, for the record.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends Identified {

    public static final int NAME_MAX = 100;

    /** How often the last use is written at most: a busy script must not write on every request. */
    static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String name;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    /** UTC wall-clock, as every time of the core. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAtUtc;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAtUtc;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAtUtc;

    protected ApiToken() {
    }

    ApiToken(Account account, String name, String secretHash, Instant createdAt) {
        this.account = account;
        this.name = name;
        this.secretHash = secretHash;
        this.createdAtUtc = utc(createdAt);
    }

    /** Notes a use at {@code now}, unless one was noted less than {@link #LAST_USE_GRAIN} before; whether it wrote. */
    boolean usedAt(Instant now) {
        if (lastUsedAtUtc != null && Duration.between(lastUsedAtUtc.toInstant(ZoneOffset.UTC), now).compareTo(LAST_USE_GRAIN) < 0) {
            return false;
        }
        lastUsedAtUtc = utc(now);
        return true;
    }

    void revokeAt(Instant now) {
        if (revokedAtUtc == null) {
            revokedAtUtc = utc(now);
        }
    }

    public boolean isRevoked() {
        return revokedAtUtc != null;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAtUtc.toInstant(ZoneOffset.UTC);
    }

    /** The last use, to the minute; {@code null} when never used. */
    public Instant getLastUsedAt() {
        return lastUsedAtUtc == null ? null : lastUsedAtUtc.toInstant(ZoneOffset.UTC);
    }

    /** {@code null} while the token works. */
    public Instant getRevokedAt() {
        return revokedAtUtc == null ? null : revokedAtUtc.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}

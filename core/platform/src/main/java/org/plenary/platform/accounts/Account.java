package org.plenary.platform.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.plenary.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Someone who signs in: an e-mail address (unique whatever its case: it is kept lower-cased), a display name, a
 * PBKDF2 password hash, whether the account may sign in, and whether its password must be changed (a one-time
 * password given by the platform). Roles come as {@link RoleGrant}s.
 */
@Entity
@Table(name = "account")
public class Account extends Identified {

    /**
     * What stands for the password hash of an account whose owner has not chosen a password yet (one made by a
     * registration, until its confirmation link is followed): no password matches it.
     */
    static final String NO_PASSWORD = "none";

    /** The longest e-mail address accepted (RFC 5321 path limit). */
    public static final int EMAIL_MAX = 254;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, unique = true)
    private String email;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @NotBlank
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** UTC wall-clock, as every time of the core. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAtUtc;

    /** A BCP 47 tag among the platform's languages; null to follow the browser. */
    @Column(name = "preferred_language")
    private String preferredLanguage;

    /** An IANA zone id; null to follow the browser (else the conference's zone). */
    @Column(name = "time_zone")
    private String timeZone;

    @Version
    @Column(nullable = false)
    private long version;

    protected Account() {
    }

    /**
     * A new, enabled account.
     *
     * @param email        any case; kept lower-cased and trimmed
     * @param passwordHash a hash from {@link PasswordHashes}, never a password
     */
    public Account(String email, String displayName, String passwordHash, Instant createdAt) {
        this.email = normalise(email);
        this.displayName = displayName == null ? null : displayName.strip();
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAtUtc = LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
    }

    /** How an e-mail address is kept and compared: trimmed and lower-cased, so that case never makes two accounts. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Gives the account a new password hash; the one-time flag goes with the old password. */
    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** Whether the owner has a password to sign in with (an account made by a registration has none until confirmed). */
    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash);
    }

    /** Marks the password as one the platform chose, to be changed by its owner. */
    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /**
     * Keeps the language and time zone the account's owner chose; null for either means "follow the browser".
     *
     * @throws IllegalArgumentException when the zone is not an IANA zone id or the language not a BCP 47 tag
     */
    public void prefer(java.util.Locale language, java.time.ZoneId zone) {
        if (language != null && (language.getLanguage().isEmpty() || language.toLanguageTag().length() > 20)) {
            throw new IllegalArgumentException("'" + language + "' is not a language");
        }
        this.preferredLanguage = language == null ? null : language.toLanguageTag();
        this.timeZone = zone == null ? null : zone.getId();
    }

    /** The language the owner chose, if any. */
    public java.util.Optional<java.util.Locale> preferredLanguage() {
        return java.util.Optional.ofNullable(preferredLanguage).map(java.util.Locale::forLanguageTag);
    }

    /** The time zone the owner chose, if any (a zone id no longer known counts as none). */
    public java.util.Optional<java.time.ZoneId> preferredZone() {
        try {
            return java.util.Optional.ofNullable(timeZone).map(java.time.ZoneId::of);
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAtUtc.toInstant(ZoneOffset.UTC);
    }
}

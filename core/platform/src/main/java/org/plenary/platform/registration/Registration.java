package org.plenary.platform.registration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.persistence.Identified;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One account's registration to one conference (at most one per pair: the database says so too): what the
 * registrant said about themselves ({@link RegistrantDetails}), their consents, and where the registration stands
 * ({@link RegistrationStatus}).
 *
 * <p>The rules live here: a pending registration is confirmed only with the token of the latest link sent, before
 * it expires, and only once; a cancelled one may be taken up again with new details (a new consent), pending or
 * confirmed. The directory of participants shows a registration only when {@link #isListed()} and
 * {@link #getStatus()} is {@link RegistrationStatus#CONFIRMED}.
 *
 * <p>Made and changed through {@link RegistrationChanges}; read through {@link Registrations}.
 */
@Entity
@Table(name = "registration")
public class Registration extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id", nullable = false)
    private Conference conference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ParticipantCategory category;

    @Column(length = 200)
    private String organisation;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "registration_language", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "language")
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "registration_interest", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "interest")
    private Set<String> interests = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean listed;

    @Column(name = "listed_consent_at")
    private LocalDateTime listedConsentAtUtc;

    @Column(name = "privacy_consent_at", nullable = false)
    private LocalDateTime privacyConsentAtUtc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAtUtc;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAtUtc;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAtUtc;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "token_issued_at")
    private LocalDateTime tokenIssuedAtUtc;

    @Column(name = "token_expires_at")
    private LocalDateTime tokenExpiresAtUtc;

    @Version
    @Column(nullable = false)
    private long version;

    protected Registration() {
    }

    /** A new pending registration; the registrant consented to the privacy notice now. */
    Registration(Conference conference, Account account, RegistrantDetails details, Instant now) {
        this.conference = Objects.requireNonNull(conference, "conference");
        this.account = Objects.requireNonNull(account, "account");
        this.createdAtUtc = utc(now);
        this.status = RegistrationStatus.PENDING;
        describe(details, now);
    }

    /** Takes the registrant's details (and so their consents) anew, as of now. */
    void describe(RegistrantDetails details, Instant now) {
        this.category = details.category();
        this.organisation = details.organisation();
        this.country = details.country();
        this.timeZone = details.zone().getId();
        this.languages.clear();
        this.languages.addAll(details.languages());
        this.interests.clear();
        this.interests.addAll(details.interests());
        this.privacyConsentAtUtc = utc(now);
        if (details.listed() && !listed) {
            this.listedConsentAtUtc = utc(now);
        } else if (!details.listed()) {
            this.listedConsentAtUtc = null;
        }
        this.listed = details.listed();
    }

    /**
     * Issues a new confirmation link: the previous one stops working.
     *
     * @return the token to put in the link, never stored
     * @throws IllegalStateException unless the registration is pending
     */
    String issueToken(Instant now, Duration validity) {
        if (status != RegistrationStatus.PENDING) {
            throw new IllegalStateException("only a pending registration is confirmed by a link; this one is " + status);
        }
        String token = ConfirmationToken.generate();
        this.tokenHash = ConfirmationToken.hash(token);
        this.tokenIssuedAtUtc = utc(now);
        this.tokenExpiresAtUtc = utc(now.plus(validity));
        return token;
    }

    /** Whether the link with this token confirms this registration now (pending, the latest link, not expired). */
    boolean acceptsToken(String token, Instant now) {
        return status == RegistrationStatus.PENDING && tokenHash != null && ConfirmationToken.wellFormed(token)
                && tokenHash.equals(ConfirmationToken.hash(token)) && now.isBefore(getTokenExpiresAt());
    }

    /** Whether a new link may be sent at {@code now}: pending, and the last one is older than {@code spacing}. */
    boolean mayResend(Instant now, Duration spacing) {
        return status == RegistrationStatus.PENDING
                && (tokenIssuedAtUtc == null || !now.isBefore(getTokenIssuedAt().plus(spacing)));
    }

    /**
     * Confirms the registration; the link's token is used up.
     *
     * @throws IllegalStateException when it is cancelled
     */
    void confirm(Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new IllegalStateException("a cancelled registration is not confirmed");
        }
        if (status == RegistrationStatus.PENDING) {
            this.status = RegistrationStatus.CONFIRMED;
            this.confirmedAtUtc = utc(now);
        }
        this.tokenHash = null;
        this.tokenExpiresAtUtc = null;
    }

    /** Withdraws the registration: it no longer holds a place; its link stops working. */
    void cancel(Instant now) {
        if (status != RegistrationStatus.CANCELLED) {
            this.status = RegistrationStatus.CANCELLED;
            this.cancelledAtUtc = utc(now);
        }
        this.tokenHash = null;
        this.tokenExpiresAtUtc = null;
    }

    /** Takes a cancelled registration up again, pending, with new details and consents. */
    void reopen(RegistrantDetails details, Instant now) {
        if (status != RegistrationStatus.CANCELLED) {
            throw new IllegalStateException("only a cancelled registration is taken up again; this one is " + status);
        }
        this.status = RegistrationStatus.PENDING;
        this.cancelledAtUtc = null;
        this.confirmedAtUtc = null;
        describe(details, now);
    }

    /** Whether this and another are the same registration, whether or not read into the same persistence context. */
    public boolean isSameAs(Registration other) {
        return this == other || (other != null && getId() != null && getId().equals(other.getId()));
    }

    public Conference getConference() {
        return conference;
    }

    public Account getAccount() {
        return account;
    }

    public ParticipantCategory getCategory() {
        return category;
    }

    /** Where the registrant works, as they wrote it; null when not given. */
    public String getOrganisation() {
        return organisation;
    }

    /** ISO 3166-1 alpha-2 code, upper case ({@code KE}). */
    public String getCountry() {
        return country;
    }

    /** The country's name in a language ("Kenya", "Kenya"). */
    public String countryName(Locale language) {
        return new Locale("", country).getDisplayCountry(language);
    }

    /** The time zone the registrant chose (the conference's, should the stored id no longer be known). */
    public ZoneId getZone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return conference.zone();
        }
    }

    /** BCP 47 tags of the languages spoken, in alphabetical order. */
    public List<String> getLanguages() {
        return languages.stream().sorted().toList();
    }

    /** Lower-cased interest tags, in alphabetical order. */
    public List<String> getInterests() {
        return interests.stream().sorted().toList();
    }

    /** Whether the registrant agreed to be listed in the conference's directory of participants. */
    public boolean isListed() {
        return listed;
    }

    /** When the registrant agreed to be listed; null when they are not. */
    public Instant getListedConsentAt() {
        return instant(listedConsentAtUtc);
    }

    /** When the registrant last consented to the privacy notice. */
    public Instant getPrivacyConsentAt() {
        return instant(privacyConsentAtUtc);
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return instant(createdAtUtc);
    }

    /** When it was confirmed; null while pending. */
    public Instant getConfirmedAt() {
        return instant(confirmedAtUtc);
    }

    /** When it was cancelled; null unless cancelled. */
    public Instant getCancelledAt() {
        return instant(cancelledAtUtc);
    }

    /** When the latest confirmation link stops working; null when there is none. */
    public Instant getTokenExpiresAt() {
        return instant(tokenExpiresAtUtc);
    }

    Instant getTokenIssuedAt() {
        return instant(tokenIssuedAtUtc);
    }

    public long getVersion() {
        return version;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}

package org.plenary.platform.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.accounts.InvalidPassword;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;
import org.plenary.spi.event.ParticipantRegistered;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Registering to a conference, confirming, sending the link again, cancelling. Each runs in one transaction with the
 * e-mail it causes (written to the outbox, sent later): a registration is never kept without its mail, nor a mail
 * sent for a registration that was rolled back.
 *
 * <p>Someone not signed in registers with their name and e-mail address: a new address gets an account without a
 * password and a {@link RegistrationStatus#PENDING} registration, confirmed by the link mailed to it, where its owner
 * chooses their password. The page answers the same whatever the address, and an address that has an account with a
 * password gets a mail asking its owner to sign in and register in one step: nobody learns from the page who has an
 * account or who registered. A signed-in participant registers in one step: confirmed at once.
 *
 * <p>The cap holds under concurrent registrations: the conference's row is locked ({@code SELECT … FOR UPDATE}) while
 * the places held are counted and the new registration written, so registrations to one conference queue there.
 */
@ApplicationScoped
public class RegistrationChanges {

    /** How long a confirmation link works. */
    public static final Duration LINK_VALIDITY = Duration.ofDays(7);
    /** The least time between two links sent for one registration (a re-send that comes sooner sends nothing). */
    public static final Duration RESEND_SPACING = Duration.ofMinutes(1);

    /** What became of a registration request, as the page tells it. */
    public enum Outcome {
        /** Someone not signed in: "look at your mailbox", whatever happened behind. */
        CHECK_MAIL,
        /** A signed-in participant is registered (confirmed). */
        REGISTERED,
        /** A signed-in participant was registered already. */
        ALREADY_REGISTERED
    }

    /** Form fields named after the constraint's getter rather than the field. */
    private static final Map<String, String> FIELDS = Map.of("countryKnown", "country", "timeZoneKnown", "timeZone",
            "languagesKnown", "languages", "interestsShort", "interests", "privacyGiven", "privacy");

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    Conferences conferences;

    @Inject
    Registrations registrations;

    @Inject
    Accounts accounts;

    @Inject
    RegistrationMails mails;

    @Inject
    Texts texts;

    @Inject
    AuditLog audit;

    @Inject
    Event<ParticipantRegistered> registered;

    private final Clock clock = Clock.systemUTC();

    /**
     * Registers the caller (signed in) or the person the form names (not signed in) to a published conference.
     *
     * @param language the language of the page, kept as the account's when it has none
     * @throws Refused  with problems by field; or with a problem on no field when registration is closed or full
     * @throws NotFound when there is no such published conference
     */
    @Transactional
    public Outcome register(Caller who, String slug, RegistrationForm form, Locale language) {
        Conference conference = published(slug);
        Instant now = clock.instant();
        if (!conference.registrationOpenAt(now)) {
            throw new Refused("", texts.text("registration.closed"));
        }
        Account signedIn = who.isSignedIn() ? accounts.byId(who.accountId()).orElse(null) : null;
        check(form, signedIn == null);
        RegistrantDetails details = form.details();

        Account account;
        if (signedIn != null) {
            account = signedIn;
        } else {
            Optional<Account> known = accounts.byEmail(form.getEmail());
            if (known.isPresent() && known.get().hasPassword()) {
                Optional<Registration> theirs = registrations.of(conference, known.get())
                        .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED);
                if (theirs.isPresent()) {
                    mails.alreadyRegistered(theirs.get());
                } else {
                    mails.signInToRegister(known.get(), conference);
                }
                return Outcome.CHECK_MAIL;
            }
            account = known.orElseGet(() -> accounts.createAwaitingPassword(form.getEmail(), form.getName()));
        }

        Registration r = registrations.of(conference, account).orElse(null);
        if (r != null && r.getStatus() == RegistrationStatus.CONFIRMED) {
            if (signedIn == null) {
                mails.alreadyRegistered(r);
                return Outcome.CHECK_MAIL;
            }
            return Outcome.ALREADY_REGISTERED;
        }
        if (r != null && r.getStatus() == RegistrationStatus.PENDING) {
            r.describe(details, now);
        } else {
            r = holdPlace(conference, account, details, r, now);
        }
        accounts.grantInConference(account.getEmail(), Role.PARTICIPANT, conference.getId());
        if (account.preferredLanguage().isEmpty() || account.preferredZone().isEmpty()) {
            account.prefer(account.preferredLanguage().orElse(language), account.preferredZone().orElse(details.zone()));
        }
        if (signedIn != null) {
            r.confirm(now);
            registered.fire(new ParticipantRegistered(account.getId(), conference.getSlug()));
            mails.registered(r);
            return Outcome.REGISTERED;
        }
        if (r.mayResend(now, RESEND_SPACING)) {
            mails.confirm(r, r.issueToken(now, LINK_VALIDITY));
        }
        return Outcome.CHECK_MAIL;
    }

    /** Locks the conference's row, checks the cap, and writes the registration (new, or a cancelled one taken up). */
    private Registration holdPlace(Conference conference, Account account, RegistrantDetails details, Registration cancelled,
                                   Instant now) {
        em.flush();
        em.lock(conference, LockModeType.PESSIMISTIC_WRITE);
        if (!conference.hasPlaceBeyond(registrations.holdingPlaces(conference))) {
            throw new Refused("", texts.text("registration.full"));
        }
        if (cancelled != null) {
            cancelled.reopen(details, now);
            return cancelled;
        }
        Registration r = new Registration(conference, account, details, now);
        em.persist(r);
        return r;
    }

    /**
     * Confirms the registration the link's token names; an account without a password gets the one chosen here.
     *
     * @param password the password chosen on the confirmation page; ignored when the account has one
     * @return the confirmed registration
     * @throws Refused when the link is unknown, used or expired (no field), or the password is refused (field
     *                 {@code password})
     */
    @Transactional
    public Registration confirm(String token, String password) {
        Instant now = clock.instant();
        Registration r = registrations.byToken(token).filter(found -> found.acceptsToken(token, now))
                .orElseThrow(() -> new Refused("", texts.text("registration.badLink")));
        Account account = r.getAccount();
        if (!account.hasPassword()) {
            try {
                accounts.choosePassword(account, password);
            } catch (InvalidPassword e) {
                throw new Refused(e.problems().stream().map(p -> new Problem("password", texts.text(p.messageKey()))).toList());
            }
        }
        r.confirm(now);
        registered.fire(new ParticipantRegistered(account.getId(), r.getConference().getSlug()));
        return r;
    }

    /**
     * Sends a new confirmation link for the pending registration of this address to this conference, if there is
     * one and the last link is older than {@link #RESEND_SPACING}; does nothing otherwise, and says nothing of which.
     */
    @Transactional
    public void resend(String slug, String email) {
        Conference conference = published(slug);
        Instant now = clock.instant();
        accounts.byEmail(email).flatMap(a -> registrations.of(conference, a))
                .filter(r -> r.mayResend(now, RESEND_SPACING))
                .ifPresent(r -> mails.confirm(r, r.issueToken(now, LINK_VALIDITY)));
    }

    /**
     * An organiser sends a new confirmation link for a pending registration of their conference.
     *
     * @return whether a link was sent (not when the registration is not pending, or a link went out less than
     *         {@link #RESEND_SPACING} ago)
     */
    @Transactional
    public boolean resendFor(Caller who, String slug, long registrationId) {
        Conference conference = conferences.openFor(who, slug, Action.MANAGE_REGISTRATIONS);
        Registration r = registrations.in(conference, registrationId).orElseThrow(() -> new NotFound("no such registration"));
        Instant now = clock.instant();
        if (!r.mayResend(now, RESEND_SPACING)) {
            return false;
        }
        mails.confirm(r, r.issueToken(now, LINK_VALIDITY));
        audit.record(who, conference.getId(), "registration.resend", r.getAccount().getEmail(), null);
        return true;
    }

    /** An organiser cancels a registration of their conference: its place is freed, the PARTICIPANT role taken back. */
    @Transactional
    public void cancel(Caller who, String slug, long registrationId) {
        Conference conference = conferences.openFor(who, slug, Action.MANAGE_REGISTRATIONS);
        Registration r = registrations.in(conference, registrationId).orElseThrow(() -> new NotFound("no such registration"));
        r.cancel(clock.instant());
        accounts.revokeInConference(r.getAccount().getEmail(), Role.PARTICIPANT, conference.getId());
        audit.record(who, conference.getId(), "registration.cancel", r.getAccount().getEmail(), null);
    }

    private Conference published(String slug) {
        return conferences.bySlug(slug).filter(Conference::isPublished)
                .orElseThrow(() -> new NotFound("no published conference '" + slug + "'"));
    }

    private void check(RegistrationForm form, boolean anonymous) {
        List<Problem> problems = new ArrayList<>();
        for (Problem p : texts.check(form)) {
            problems.add(new Problem(FIELDS.getOrDefault(p.field(), p.field()), p.message()));
        }
        if (anonymous) {
            if (form.getName() == null || form.getName().isBlank()) {
                problems.add(texts.problem("name", "registration.name"));
            }
            if (form.getEmail() == null || form.getEmail().isBlank()) {
                problems.add(texts.problem("email", "registration.email"));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(Problem::field));
            throw new Refused(problems);
        }
    }
}

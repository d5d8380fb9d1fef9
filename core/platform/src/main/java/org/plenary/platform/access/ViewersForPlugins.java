package org.plenary.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.registration.Registration;
import org.plenary.platform.registration.RegistrationStatus;
import org.plenary.spi.ParticipantProfile;
import org.plenary.spi.Viewer;
import org.plenary.spi.Viewers;

import java.util.Locale;
import java.util.Optional;

/**
 * The core's side of {@link Viewers}: the request's {@link CurrentCaller} and its rights, accounts and registrations
 * as plugins see them. Outside a request there is no caller, and no right.
 */
@ApplicationScoped
public class ViewersForPlugins implements Viewers {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Conferences conferences;

    @Override
    public Optional<Viewer> current() {
        Caller caller = caller();
        return caller.isSignedIn() ? account(caller.accountId()) : Optional.empty();
    }

    @Override
    public Optional<Viewer> account(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).filter(Account::isEnabled)
                .map(ViewersForPlugins::viewer);
    }

    @Override
    public Optional<Viewer> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", Account.normalise(email)).getResultStream().findFirst()
                .filter(Account::isEnabled).map(ViewersForPlugins::viewer);
    }

    @Override
    public boolean mayOrganise(String conferenceSlug) {
        return may(Action.EDIT_CONFERENCE, conferenceSlug);
    }

    @Override
    public boolean mayModerate(String conferenceSlug) {
        return may(Action.MODERATE, conferenceSlug);
    }

    @Override
    public Optional<ParticipantProfile> registration(String conferenceSlug, long accountId) {
        if (conferenceSlug == null) {
            return Optional.empty();
        }
        return em.createQuery("select r from Registration r where r.conference.slug = :slug"
                        + " and r.account.id = :account and r.status <> :cancelled", Registration.class)
                .setParameter("slug", conferenceSlug).setParameter("account", accountId)
                .setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultStream().findFirst().map(ViewersForPlugins::profile);
    }

    private boolean may(Action action, String conferenceSlug) {
        Caller caller = caller();
        if (!caller.isSignedIn() || conferenceSlug == null) {
            return false;
        }
        return conferences.bySlug(conferenceSlug).map(Conference::getId)
                .filter(id -> caller.may(action, id)).isPresent();
    }

    private Caller caller() {
        try {
            return currentCaller.get();
        } catch (ContextNotActiveException e) {
            return Caller.ANONYMOUS;
        }
    }

    private static Viewer viewer(Account a) {
        return new Viewer(a.getId(), a.getEmail(), a.getDisplayName(), a.preferredLanguage().orElse(Locale.ENGLISH),
                a.preferredZone().orElse(null));
    }

    private static ParticipantProfile profile(Registration r) {
        return new ParticipantProfile(r.getAccount().getId(), r.getAccount().getDisplayName(), r.getAccount().getEmail(),
                text(r.getOrganisation()), text(r.getCountry()), r.getCategory() == null ? "" : r.getCategory().name(),
                r.getLanguages());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

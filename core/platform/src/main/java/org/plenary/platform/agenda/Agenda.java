package org.plenary.platform.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.config.QueryHints;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.programme.Programme;
import org.plenary.platform.programme.Session;
import org.plenary.spi.SessionStatus;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Personal agendas: the sessions an account starred, and the private calendar feed of each. Only public sessions of
 * published conferences can be starred; any other id is "not found". Each caller reads and changes only its own.
 */
@ApplicationScoped
public class Agenda {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    Programme programme;

    private final Clock clock = Clock.systemUTC();

    /**
     * Adds a public session to the caller's agenda; nothing changes when it is there already.
     *
     * @return the session
     * @throws NotFound   when no public session of a published conference has this id
     * @throws NotAllowed when the caller is not signed in
     */
    @Transactional
    public Session star(Caller who, long sessionId) {
        Account account = accountOf(who);
        Session session = programme.publicSession(sessionId).orElseThrow(() -> new NotFound("no session " + sessionId));
        if (!starred(account, sessionId)) {
            em.persist(new Star(account, session, clock.instant()));
        }
        return session;
    }

    /**
     * Takes a session off the caller's agenda (never anyone else's); nothing changes when it is not there.
     *
     * @throws NotFound   when the caller has not starred it and no public session has this id
     * @throws NotAllowed when the caller is not signed in
     */
    @Transactional
    public void unstar(Caller who, long sessionId) {
        Account account = accountOf(who);
        List<Star> stars = em.createQuery("select st from Star st where st.account = :a and st.session.id = :s", Star.class)
                .setParameter("a", account).setParameter("s", sessionId).getResultList();
        stars.forEach(em::remove);
        if (stars.isEmpty() && programme.publicSession(sessionId).isEmpty()) {
            throw new NotFound("no session " + sessionId);
        }
    }

    /** The ids of every session the caller starred (none for an anonymous caller). */
    public Set<Long> starredIds(Caller who) {
        if (!who.isSignedIn()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select st.session.id from Star st where st.account.id = :a", Long.class)
                .setParameter("a", who.accountId()).getResultList());
    }

    /** The public sessions an account starred in a conference, in time order, tracks and speakers loaded. */
    public List<Session> sessions(long accountId, Conference conference) {
        return em.createQuery("select s from Session s join fetch s.conference left join fetch s.track"
                        + " where s.conference = :c and s.status <> :draft"
                        + " and exists (select st from Star st where st.session = s and st.account.id = :a)"
                        + " order by s.startsAtUtc, s.endsAtUtc, s.id", Session.class)
                .setParameter("c", conference)
                .setParameter("draft", SessionStatus.DRAFT)
                .setParameter("a", accountId)
                .setHint(QueryHints.BATCH, "s.speakers")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .setHint(QueryHints.BATCH_SIZE, 500)
                .getResultList();
    }

    /** The caller's feed for a published conference, made on first use. */
    @Transactional
    public AgendaFeed feed(Caller who, Conference conference) {
        Account account = accountOf(who);
        return feedOf(account, conference).orElseGet(() -> {
            AgendaFeed feed = new AgendaFeed(account, em.find(Conference.class, conference.getId()), clock.instant());
            em.persist(feed);
            return feed;
        });
    }

    /** Gives the caller's feed for a conference a new secret: the old address answers "not found" from now on. */
    @Transactional
    public AgendaFeed resetFeed(Caller who, Conference conference) {
        Account account = accountOf(who);
        Optional<AgendaFeed> existing = feedOf(account, conference);
        if (existing.isEmpty()) {
            return feed(who, conference);
        }
        existing.get().reset(clock.instant());
        return existing.get();
    }

    /**
     * The feed with this secret, if its account may still sign in and its conference is published.
     */
    public Optional<AgendaFeed> feedBySecret(String secret) {
        if (secret == null || !secret.matches(AgendaFeed.SECRET_PATTERN)) {
            return Optional.empty();
        }
        return em.createQuery("select f from AgendaFeed f join fetch f.account join fetch f.conference"
                        + " where f.secret = :s", AgendaFeed.class)
                .setParameter("s", secret).getResultStream().findFirst()
                .filter(f -> f.getAccount().isEnabled() && f.getConference().isPublished());
    }

    private Optional<AgendaFeed> feedOf(Account account, Conference conference) {
        return em.createQuery("select f from AgendaFeed f where f.account = :a and f.conference.id = :c", AgendaFeed.class)
                .setParameter("a", account).setParameter("c", conference.getId()).getResultStream().findFirst();
    }

    private boolean starred(Account account, long sessionId) {
        return em.createQuery("select count(st) from Star st where st.account = :a and st.session.id = :s", Long.class)
                .setParameter("a", account).setParameter("s", sessionId).getSingleResult() > 0;
    }

    private Account accountOf(Caller who) {
        if (!who.isSignedIn()) {
            throw new NotAllowed("Sign in to keep an agenda.");
        }
        Account account = em.find(Account.class, who.accountId());
        if (account == null || !account.isEnabled()) {
            throw new NotAllowed("Sign in to keep an agenda.");
        }
        return account;
    }
}

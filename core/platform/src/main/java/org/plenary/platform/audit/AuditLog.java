package org.plenary.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.platform.access.Caller;

import java.time.Clock;
import java.util.List;

/**
 * Records every change made through the console or the API, in the transaction of the change itself: a change
 * that rolls back leaves no entry, and no change is kept without one.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** Records a change in a conference ({@code conferenceId} null for a platform-wide one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller who, Long conferenceId, String action, String subject, String detail) {
        em.persist(new AuditEntry(clock.instant(), who.isSignedIn() ? who.email() : "(system)", conferenceId, action,
                subject, detail));
    }

    /** A page of a conference's entries, newest first. */
    public List<AuditEntry> ofConference(long conferenceId, int first, int size) {
        return em.createQuery("select e from AuditEntry e where e.conferenceId = :c order by e.atUtc desc, e.id desc",
                        AuditEntry.class).setParameter("c", conferenceId)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countOfConference(long conferenceId) {
        return em.createQuery("select count(e) from AuditEntry e where e.conferenceId = :c", Long.class)
                .setParameter("c", conferenceId).getSingleResult();
    }

    /** A page of every entry, newest first (administrators). */
    public List<AuditEntry> all(int first, int size) {
        return em.createQuery("select e from AuditEntry e order by e.atUtc desc, e.id desc", AuditEntry.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countAll() {
        return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
    }
}

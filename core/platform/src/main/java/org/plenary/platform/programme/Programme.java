package org.plenary.platform.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;
import org.plenary.platform.conference.Conference;
import org.plenary.spi.SessionStatus;

import java.util.List;
import java.util.Optional;

/** Reads the programme: sessions with their tracks and speakers, in a fixed number of statements. */
@ApplicationScoped
public class Programme {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    /**
     * The public sessions of a conference in time order, tracks joined, speakers and translations batch-read in one
     * more statement each: the count of statements does not grow with the number of sessions.
     */
    public List<Session> publicSessions(Conference conference) {
        return em.createQuery("select s from Session s join fetch s.conference left join fetch s.track"
                        + " where s.conference = :conference and s.status <> :draft"
                        + " order by s.startsAtUtc, s.endsAtUtc, s.id", Session.class)
                .setParameter("conference", conference)
                .setParameter("draft", SessionStatus.DRAFT)
                .setHint(QueryHints.BATCH, "s.speakers")
                .setHint(QueryHints.BATCH, "s.translations")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .setHint(QueryHints.BATCH_SIZE, 500)
                .getResultList();
    }

    /** A public session of a published conference, with what its page shows. */
    public Optional<Session> publicSession(long id) {
        return em.createQuery("select s from Session s join fetch s.conference c left join fetch s.track"
                        + " where s.id = :id and s.status <> :draft and c.published = true", Session.class)
                .setParameter("id", id)
                .setParameter("draft", SessionStatus.DRAFT)
                .getResultStream().findFirst()
                .map(s -> {
                    s.getSpeakers().size();
                    s.getTranslations().size();
                    return s;
                });
    }
}

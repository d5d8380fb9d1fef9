package org.plenary.platform.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.formats.RegisteredFormat;
import org.plenary.platform.people.People;
import org.plenary.platform.people.PeopleKeys;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands a format the session data that was kept for it while it was missing or failed, once it has started:
 * all of one format's data in one transaction, so a plugin that refuses any of it leaves all of it kept.
 *
 * <p>Kept data names people and organisations by the platform's own keys ({@code p-<id>}, {@code o-<id>}: the import
 * renamed the file's keys so, see {@link PeopleKeys#toOwnKeys}), which are resolved here against the people and
 * organisations the session's conference has now; a key of someone deleted meanwhile makes the format refuse it.
 */
@ApplicationScoped
public class DetachedData {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    People people;

    /** Imports the kept data of a started format into it and forgets it; returns how many sessions it got. */
    @Transactional
    public int handOver(RegisteredFormat format) {
        if (!format.isStarted()) {
            return 0;
        }
        List<DetachedFormatData> kept = em.createQuery("select d from DetachedFormatData d where d.formatId = :id"
                + " order by d.sessionId", DetachedFormatData.class).setParameter("id", format.id()).getResultList();
        Map<Long, PeopleKeys> keysByConference = new HashMap<>();
        for (DetachedFormatData data : kept) {
            Conference conference = em.find(Session.class, data.getSessionId()).getConference();
            PeopleKeys keys = keysByConference.computeIfAbsent(conference.getId(), id -> PeopleKeys.own(
                    people.of(conference), people.organisationsOf(conference), "this conference"));
            format.format().data().importSession(data.getSessionId(),
                    Json.createReader(new StringReader(data.getPayload())).readObject(), keys);
            em.remove(data);
        }
        return kept.size();
    }
}

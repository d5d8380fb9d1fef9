package org.plenary.platform.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.platform.formats.RegisteredFormat;

import java.io.StringReader;
import java.util.List;

/**
 * Hands a format the session data that was kept for it while it was missing or failed, once it has started:
 * all of one format's data in one transaction, so a plugin that refuses any of it leaves all of it kept.
 */
@ApplicationScoped
public class DetachedData {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    /** Imports the kept data of a started format into it and forgets it; returns how many sessions it got. */
    @Transactional
    public int handOver(RegisteredFormat format) {
        if (!format.isStarted()) {
            return 0;
        }
        List<DetachedFormatData> kept = em.createQuery("select d from DetachedFormatData d where d.formatId = :id"
                + " order by d.sessionId", DetachedFormatData.class).setParameter("id", format.id()).getResultList();
        for (DetachedFormatData data : kept) {
            format.format().data().importSession(data.getSessionId(),
                    Json.createReader(new StringReader(data.getPayload())).readObject());
            em.remove(data);
        }
        return kept.size();
    }
}

package org.plenary.platform.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.FormatStillUsed;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.formats.RegisteredFormat;
import org.plenary.platform.persistence.Writes;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;

/**
 * Enables and disables formats in a conference (its organisers), each change in the audit log. A change races
 * others to the conference's version: the loser gets {@link org.plenary.platform.validation.Stale}.
 */
@ApplicationScoped
public class ConferenceFormatChanges {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    FormatRegistry registry;

    @Inject
    AuditLog audit;

    @Inject
    Texts texts;

    /** How many sessions of the conference are of this format. */
    public long sessionsOf(long conferenceId, String formatId) {
        return em.createQuery("select count(s) from Session s where s.conference.id = :c and s.formatId = :f", Long.class)
                .setParameter("c", conferenceId).setParameter("f", formatId).getSingleResult();
    }

    /**
     * Offers a started format in the conference; nothing happens when it is enabled already.
     *
     * @throws NotFound when no started format has this id
     */
    @Transactional
    public void enable(Caller caller, long conferenceId, String formatId) {
        Conference conference = load(caller, conferenceId);
        RegisteredFormat format = registry.find(formatId).filter(RegisteredFormat::isStarted)
                .orElseThrow(() -> new NotFound("no started format " + formatId));
        if (!conference.usesFormat(format.id())) {
            conference.enableFormat(format.id());
            em.lock(conference, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            Writes.flush(em);
            audit.record(caller, conferenceId, "format.enable", format.id(), null);
        }
    }

    /**
     * Stops offering a format in the conference; nothing happens when it is not enabled.
     *
     * @throws Refused while sessions of the conference are of that format
     */
    @Transactional
    public void disable(Caller caller, long conferenceId, String formatId) {
        Conference conference = load(caller, conferenceId);
        if (!conference.usesFormat(formatId)) {
            return;
        }
        try {
            conference.disableFormat(formatId, sessionsOf(conferenceId, formatId));
        } catch (FormatStillUsed e) {
            throw new Refused("", texts.text("plugins.formatStillUsed",
                    registry.find(formatId).map(f -> f.displayName(texts.locale())).orElse(formatId), e.sessions()));
        }
        em.lock(conference, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Writes.flush(em);
        audit.record(caller, conferenceId, "format.disable", formatId, null);
    }

    private Conference load(Caller caller, long conferenceId) {
        caller.require(Action.EDIT_CONFERENCE, conferenceId);
        Conference conference = em.find(Conference.class, conferenceId);
        if (conference == null) {
            throw new NotFound("no conference " + conferenceId);
        }
        return conference;
    }
}

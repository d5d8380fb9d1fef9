package org.plenary.platform.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.persistence.Writes;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.conference.Track;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.languages.Translation;
import org.plenary.platform.people.Person;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Stale;
import org.plenary.platform.validation.Texts;
import org.plenary.spi.FormatEditor;
import org.plenary.spi.SessionDraft;
import org.plenary.spi.SessionFormat;
import org.plenary.spi.Violation;
import org.plenary.spi.SessionStatus;
import org.plenary.spi.event.SessionDeleted;
import org.plenary.spi.event.SessionEnded;
import org.plenary.spi.event.SessionStarted;
import org.plenary.spi.event.SessionScheduled;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every change to a conference's programme, from the console's editor or the API: create, edit, move and delete
 * sessions. Each checks the caller's role in the conference, that every id (track, speakers, the session itself)
 * belongs to that conference, the core's rules, the format's own ({@link SessionFormat#validate}) and its editor's
 * fields, and the version the caller started from; then writes the session, the format's fields and an audit entry
 * in one transaction. Clashes with other sessions are warnings ({@link Conflicts}), not refusals.
 */
@ApplicationScoped
public class ProgrammeChanges {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    Conferences conferences;

    @Inject
    FormatRegistry registry;

    @Inject
    AuditLog audit;

    @Inject
    Texts texts;

    @Inject
    Event<SessionScheduled> scheduled;

    @Inject
    Event<SessionDeleted> deleted;

    @Inject
    Event<SessionStarted> started;

    @Inject
    Event<SessionEnded> ended;

    /** A session of the conference, for a caller who may edit its programme. */
    public Session find(Caller who, String slug, long sessionId) {
        Conference c = conferences.openFor(who, slug, Action.EDIT_PROGRAMME);
        return sessionOf(c, sessionId);
    }

    /** Every session of the conference (drafts too), speakers and tracks read in a constant number of statements. */
    public List<Session> all(Caller who, String slug) {
        Conference c = conferences.openFor(who, slug, Action.EDIT_PROGRAMME);
        return em.createQuery("select s from Session s left join fetch s.track where s.conference = :c"
                        + " order by s.startsAtUtc, s.id", Session.class)
                .setParameter("c", c)
                .setHint(org.eclipse.persistence.config.QueryHints.BATCH, "s.speakers")
                .setHint(org.eclipse.persistence.config.QueryHints.BATCH_TYPE, "IN")
                .getResultList();
    }

    /**
     * Creates a session ({@code sessionId} 0) or changes one, with its format's fields.
     *
     * @param editor the format's fields from its editor view; {@link FormatEditor#NONE} when it has none
     */
    @Transactional
    public Session save(Caller who, String slug, long sessionId, SessionForm form, FormatEditor editor) {
        Conference c = conferences.openFor(who, slug, Action.EDIT_PROGRAMME);
        List<Problem> problems = new ArrayList<>(texts.check(form));
        Session session = null;
        if (sessionId != 0) {
            session = sessionOf(c, sessionId);
            expect(session, form.getVersion());
            form.setFormatId(session.getFormatId());
        }
        Optional<SessionFormat> format = Optional.empty();
        if (session == null && form.getFormatId() != null) {
            format = registry.started(form.getFormatId()).filter(f -> c.usesFormat(form.getFormatId()));
            if (format.isEmpty()) {
                problems.add(texts.problem("formatId", "formatUnavailable", form.getFormatId()));
            }
        } else if (session != null) {
            format = registry.started(session.getFormatId());
        }
        Track track = track(c, form.getTrackId(), problems);
        checkTranslations(c, form.getTranslations(), problems);
        List<Person> speakers = speakers(c, form.getSpeakerIds(), problems);
        Instant start = null;
        Instant end = null;
        if (form.getDay() != null && form.getStart() != null && form.getEnd() != null && form.isEndAfterStart()) {
            if (c.day(form.getDay()).isEmpty()) {
                problems.add(texts.problem("day", "notADay", form.getDay()));
            } else {
                start = c.instantAt(LocalDateTime.of(form.getDay(), form.getStart()));
                end = c.instantAt(LocalDateTime.of(form.getDay(), form.getEnd()));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        String title = form.getTitle();
        if (format.isPresent()) {
            for (Violation v : format.get().validate(new SessionDraft(title, start, end, speakers.size(), null))) {
                problems.add(new Problem(v.field(), v.message()));
            }
        }
        problems.addAll(editor.check().stream().map(v -> new Problem(v.field(), v.message())).toList());
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        boolean created = session == null;
        SessionStatus before = created ? null : session.getStatus();
        if (created) {
            session = new Session(c, form.getFormatId(), title, start, end);
        } else {
            session.retitle(title);
            session.reschedule(start, end);
        }
        session.placeIn(track);
        session.describe(Writes.trimmedOrNull(form.getSummary()), Writes.trimmedOrNull(form.getStreamUrl()), Writes.trimmedOrNull(form.getRecordingUrl()));
        session.changeStatus(form.getStatus());
        if (!created && !session.getSpeakers().equals(speakers)) {
            // Rows keyed by (session, position): moving a speaker in place would collide with the next one's row.
            session.replaceSpeakers(List.of());
            flush();
        }
        session.replaceSpeakers(speakers);
        if (form.getTranslations() != null) {
            for (SessionForm.TranslationForm t : form.getTranslations()) {
                session.translate(t.getLanguage(), t.getTitle(), Writes.trimmedOrNull(t.getSummary()));
            }
        }
        if (created) {
            em.persist(session);
        }
        flush();
        editor.save(session.getId());
        audit.record(who, c.getId(), created ? "session.create" : "session.update", session.getTitle(),
                session.getFormatId() + " " + session.getStart() + " to " + session.getEnd());
        if (created) {
            scheduled.fire(new SessionScheduled(session.getId(), c.getSlug(), session.getFormatId(), start, end));
        }
        if (before != SessionStatus.LIVE && session.getStatus() == SessionStatus.LIVE) {
            started.fire(new SessionStarted(session.getId(), c.getSlug(), session.getFormatId()));
        }
        if (before != SessionStatus.ENDED && session.getStatus() == SessionStatus.ENDED) {
            ended.fire(new SessionEnded(session.getId(), c.getSlug(), session.getFormatId()));
        }
        return session;
    }

    /** Moves a session to another day, start time or track, keeping its length. */
    @Transactional
    public Session move(Caller who, String slug, long sessionId, long version, LocalDate day, LocalTime startTime, Long trackId) {
        Conference c = conferences.openFor(who, slug, Action.EDIT_PROGRAMME);
        Session session = sessionOf(c, sessionId);
        expect(session, version);
        List<Problem> problems = new ArrayList<>();
        Track track = track(c, trackId, problems);
        if (day == null) {
            problems.add(texts.problem("day", "required"));
        } else if (c.day(day).isEmpty()) {
            problems.add(texts.problem("day", "notADay", day));
        }
        if (startTime == null) {
            problems.add(texts.problem("start", "required"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Instant start = c.instantAt(LocalDateTime.of(day, startTime));
        Instant end = start.plus(session.duration());
        if (!c.covers(end.minusSeconds(1))) {
            throw new Refused(List.of(texts.problem("start", "endsOutside")));
        }
        Optional<SessionFormat> format = registry.started(session.getFormatId());
        if (format.isPresent()) {
            List<Problem> refused = format.get().validate(new SessionDraft(session.getTitle(), start, end,
                    session.getSpeakers().size(), null)).stream().map(v -> new Problem(v.field(), v.message())).toList();
            if (!refused.isEmpty()) {
                throw new Refused(refused);
            }
        }
        session.reschedule(start, end);
        session.placeIn(track);
        flush();
        audit.record(who, c.getId(), "session.move", session.getTitle(),
                "to " + day + " " + startTime + (track == null ? "" : " in " + track.getName()));
        return session;
    }

    /** Deletes a session with its format's data. */
    @Transactional
    public void delete(Caller who, String slug, long sessionId, long version) {
        Conference c = conferences.openFor(who, slug, Action.EDIT_PROGRAMME);
        Session session = sessionOf(c, sessionId);
        expect(session, version);
        Optional<SessionFormat> format = registry.started(session.getFormatId());
        if (format.isPresent()) {
            format.get().data().deleteSession(session.getId());
        }
        em.createQuery("delete from DetachedFormatData d where d.sessionId = :id").setParameter("id", session.getId())
                .executeUpdate();
        session.replaceSpeakers(List.of());
        em.remove(session);
        flush();
        audit.record(who, c.getId(), "session.delete", session.getTitle(), session.getFormatId());
        deleted.fire(new SessionDeleted(sessionId, c.getSlug(), session.getFormatId()));
    }

    private Session sessionOf(Conference c, long sessionId) {
        return em.createQuery("select s from Session s where s.id = :id and s.conference = :c", Session.class)
                .setParameter("id", sessionId).setParameter("c", c)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("no session " + sessionId + " here"));
    }

    private Track track(Conference c, Long trackId, List<Problem> problems) {
        if (trackId == null) {
            return null;
        }
        Optional<Track> track = c.getTracks().stream().filter(t -> t.getId().equals(trackId)).findFirst();
        if (track.isEmpty()) {
            problems.add(texts.problem("trackId", "unknownTrack"));
        }
        return track.orElse(null);
    }

    /** Fields {@code tr-title-<language>} and {@code tr-summary-<language>}, as the console's editor names them. */
    private void checkTranslations(Conference c, List<SessionForm.TranslationForm> translations, List<Problem> problems) {
        if (translations == null) {
            return;
        }
        for (SessionForm.TranslationForm t : translations) {
            String language = t.getLanguage();
            if (!c.translatesInto(language)) {
                problems.add(texts.problem("translations", "notATranslationLanguage", language));
                continue;
            }
            boolean titled = t.getTitle() != null && !t.getTitle().isBlank();
            if (titled && t.getTitle().strip().length() > Translation.TITLE_MAX) {
                problems.add(texts.problem("tr-title-" + language, "tooLong", Translation.TITLE_MAX));
            }
            if (t.getSummary() != null && t.getSummary().strip().length() > Translation.TEXT_MAX) {
                problems.add(texts.problem("tr-summary-" + language, "tooLong", Translation.TEXT_MAX));
            } else if (!titled && t.getSummary() != null && !t.getSummary().isBlank()) {
                problems.add(texts.problem("tr-title-" + language, "translationNeedsTitle"));
            }
        }
    }

    private List<Person> speakers(Conference c, List<Long> ids, List<Problem> problems) {
        List<Person> people = new ArrayList<>();
        for (Long id : ids) {
            Person p = id == null ? null : em.find(Person.class, id);
            if (p == null || !p.belongsTo(c)) {
                problems.add(texts.problem("speakerIds", "unknownPerson"));
                return List.of();
            }
            if (people.contains(p)) {
                problems.add(texts.problem("speakerIds", "speakerTwice", p.getName()));
                return List.of();
            }
            people.add(p);
        }
        return people;
    }

    private void expect(Session s, long version) {
        if (s.getVersion() != version) {
            throw new Stale("session " + s.getId() + " is at version " + s.getVersion() + ", not " + version);
        }
    }

    private void flush() {
        Writes.flush(em);
    }
}

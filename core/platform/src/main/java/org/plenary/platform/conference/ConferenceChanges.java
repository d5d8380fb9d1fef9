package org.plenary.platform.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.persistence.Writes;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.formats.RegisteredFormat;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Stale;
import org.plenary.platform.validation.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every change to a conference, its days, tracks and formats, made by a caller from the console or the API: each
 * checks the caller's role in that conference, the input, and the version the caller started from, writes an audit
 * entry, and runs in one transaction. Refusals are {@link Refused} (by field), {@link Stale}, {@link NotFound} or
 * {@link org.plenary.platform.access.NotAllowed}; nothing is written then.
 */
@ApplicationScoped
public class ConferenceChanges {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    Conferences conferences;

    @Inject
    Accounts accounts;

    @Inject
    FormatRegistry registry;

    @Inject
    AuditLog audit;

    @Inject
    Texts texts;

    /** Creates an unpublished conference; its creator becomes its organiser; every started format is enabled. */
    @Transactional
    public Conference create(Caller who, ConferenceForm form) {
        who.require(Action.CREATE_CONFERENCE);
        texts.requireValid(form);
        if (conferences.slugTaken(form.getSlug())) {
            throw new Refused(List.of(texts.problem("slug", "slugTaken")));
        }
        Conference c = new Conference(form.getSlug(), form.getTitle(), form.zone(), form.getFirstDay(),
                form.getLastDay(), form.languageList());
        c.describe(Writes.trimmedOrNull(form.getAcronym()), Writes.trimmedOrNull(form.getDescription()), Writes.trimmedOrNull(form.getContactEmail()));
        registry.all().stream().filter(RegisteredFormat::isStarted).forEach(f -> c.enableFormat(f.id()));
        em.persist(c);
        em.flush();
        accounts.grantInConference(who.email(), Role.ORGANISER, c.getId());
        audit.record(who, c.getId(), "conference.create", c.getTitle(), "slug " + c.getSlug());
        return c;
    }

    /** Changes a conference's identity and dates, from the version the caller read. */
    @Transactional
    public Conference update(Caller who, String slug, ConferenceForm form) {
        Conference c = find(who, slug, Action.EDIT_CONFERENCE);
        form.setSlug(c.getSlug());
        texts.requireValid(form);
        expect(c, form.getVersion());
        List<LocalDate> outside = c.daysOutside(form.getFirstDay(), form.getLastDay());
        if (!outside.isEmpty()) {
            throw new Refused(List.of(texts.problem("firstDay", "daysOutside", outside.toString())));
        }
        c.revise(form.getTitle(), form.zone(), form.getFirstDay(), form.getLastDay(), form.languageList());
        c.describe(Writes.trimmedOrNull(form.getAcronym()), Writes.trimmedOrNull(form.getDescription()), Writes.trimmedOrNull(form.getContactEmail()));
        flush();
        audit.record(who, c.getId(), "conference.update", c.getTitle(), null);
        return c;
    }

    /** Publishes the conference (or withdraws it): participants see it and its public sessions. */
    @Transactional
    public Conference publish(Caller who, String slug, boolean published) {
        Conference c = find(who, slug, Action.EDIT_CONFERENCE);
        if (published) {
            if (c.getDays().isEmpty()) {
                throw new Refused(List.of(texts.problem("", "publishNoDays")));
            }
            c.publish();
        } else {
            c.withdraw();
        }
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush();
        audit.record(who, c.getId(), published ? "conference.publish" : "conference.withdraw", c.getTitle(), null);
        return c;
    }

    @Transactional
    public ConferenceDay addDay(Caller who, String slug, LocalDate date, String theme) {
        Conference c = find(who, slug, Action.EDIT_CONFERENCE);
        List<Problem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(texts.problem("date", "required"));
        } else if (date.isBefore(c.getFirstDay()) || date.isAfter(c.getLastDay())) {
            problems.add(texts.problem("date", "dayOutside", date, c.getFirstDay(), c.getLastDay()));
        } else if (c.day(date).isPresent()) {
            problems.add(texts.problem("date", "dayTwice", date));
        }
        if (theme != null && theme.length() > 300) {
            problems.add(texts.problem("theme", "tooLong", 300));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        ConferenceDay day = c.addDay(date, Writes.trimmedOrNull(theme));
        flush();
        audit.record(who, c.getId(), "day.add", date.toString(), theme);
        return day;
    }

    @Transactional
    public void removeDay(Caller who, String slug, long dayId) {
        Conference c = find(who, slug, Action.EDIT_CONFERENCE);
        ConferenceDay day = c.getDays().stream().filter(d -> d.getId() == dayId).findFirst()
                .orElseThrow(() -> new NotFound("no such day in " + slug));
        long sessions = em.createQuery("select count(s) from Session s where s.conference = :c"
                        + " and s.startsAtUtc >= :from and s.startsAtUtc < :to", Long.class)
                .setParameter("c", c)
                .setParameter("from", utc(c, day.getDate()))
                .setParameter("to", utc(c, day.getDate().plusDays(1)))
                .getSingleResult();
        if (sessions > 0) {
            throw new Refused(List.of(texts.problem("", "dayHasSessions", day.getDate())));
        }
        c.removeDay(day);
        flush();
        audit.record(who, c.getId(), "day.remove", day.getDate().toString(), null);
    }

    /** Changes the theme of one of the conference's days. */
    @Transactional
    public ConferenceDay retheme(Caller who, String slug, long dayId, String theme) {
        Conference c = find(who, slug, Action.EDIT_CONFERENCE);
        ConferenceDay day = c.getDays().stream().filter(d -> d.getId() == dayId).findFirst()
                .orElseThrow(() -> new NotFound("no such day in " + slug));
        if (theme != null && theme.length() > 300) {
            throw new Refused(List.of(texts.problem("theme", "tooLong", 300)));
        }
        day.retheme(theme);
        flush();
        audit.record(who, c.getId(), "day.theme", day.getDate().toString(), day.getTheme());
        return day;
    }

    /** Renames one of the conference's tracks. */
    @Transactional
    public Track rename(Caller who, String slug, long trackId, String name) {
        Conference c = find(who, slug, Action.EDIT_CONFERENCE);
        Track track = c.getTracks().stream().filter(t -> t.getId() == trackId).findFirst()
                .orElseThrow(() -> new NotFound("no such track in " + slug));
        if (name == null || name.isBlank()) {
            throw new Refused(List.of(texts.problem("name", "required")));
        }
        if (name.length() > 120) {
            throw new Refused(List.of(texts.problem("name", "tooLong", 120)));
        }
        String before = track.getName();
        track.rename(name);
        flush();
        audit.record(who, c.getId(), "track.rename", track.getName(), "was " + before);
        return track;
    }

    @Transactional
    public Track addTrack(Caller who, String slug, String key, String name) {
        Conference c = find(who, slug, Action.EDIT_CONFERENCE);
        String k = key == null ? null : key.strip();
        List<Problem> problems = new ArrayList<>();
        if (k == null || k.isEmpty()) {
            problems.add(texts.problem("key", "required"));
        } else if (!k.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            problems.add(texts.problem("key", "trackKey"));
        } else if (c.track(k).isPresent()) {
            problems.add(texts.problem("key", "trackTwice", k));
        }
        if (name == null || name.isBlank()) {
            problems.add(texts.problem("name", "required"));
        } else if (name.length() > 120) {
            problems.add(texts.problem("name", "tooLong", 120));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Track track = c.addTrack(k, name.strip(), c.nextTrackPosition());
        flush();
        audit.record(who, c.getId(), "track.add", name.strip(), "key " + k);
        return track;
    }

    @Transactional
    public void removeTrack(Caller who, String slug, long trackId) {
        Conference c = find(who, slug, Action.EDIT_CONFERENCE);
        Track track = c.getTracks().stream().filter(t -> t.getId() == trackId).findFirst()
                .orElseThrow(() -> new NotFound("no such track in " + slug));
        long sessions = em.createQuery("select count(s) from Session s where s.track = :t", Long.class)
                .setParameter("t", track).getSingleResult();
        if (sessions > 0) {
            throw new Refused(List.of(texts.problem("", "trackHasSessions", track.getName())));
        }
        c.removeTrack(track);
        flush();
        audit.record(who, c.getId(), "track.remove", track.getName(), null);
    }

    private Conference find(Caller who, String slug, Action action) {
        return conferences.openFor(who, slug, action);
    }

    private void expect(Conference c, long version) {
        if (c.getVersion() != version) {
            throw new Stale("conference " + c.getSlug() + " is at version " + c.getVersion() + ", not " + version);
        }
    }

    private void flush() {
        Writes.flush(em);
    }

    private static java.time.LocalDateTime utc(Conference c, LocalDate date) {
        return java.time.LocalDateTime.ofInstant(c.instantAt(date.atStartOfDay()), java.time.ZoneOffset.UTC);
    }
}

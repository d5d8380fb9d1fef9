package org.plenary.platform.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.conference.Track;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.languages.Translation;
import org.plenary.platform.people.Organisation;
import org.plenary.platform.people.OrganisationKind;
import org.plenary.platform.people.PeopleKeys;
import org.plenary.platform.people.Person;
import org.plenary.platform.programme.DetachedFormatData;
import org.plenary.platform.programme.Session;
import org.plenary.spi.SessionFormat;
import org.plenary.spi.SessionStatus;
import org.plenary.spi.event.SessionScheduled;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a whole conference from Plenary's JSON format (docs/import-format.md), the sessions' questions included, in
 * one transaction: every
 * problem in the file is reported at once and nothing is stored unless all of it is valid.
 */
@ApplicationScoped
public class ConferenceImport {

    public static final int SUPPORTED_VERSION = 1;
    private static final String KEY = "[a-z0-9][a-z0-9-]{0,59}";
    private static final String KEY_RULE = "is not a key of lower-case letters, digits and hyphens";

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    Conferences conferences;

    @Inject
    FormatRegistry formats;

    @Inject
    Validator validator;

    @Inject
    Event<SessionScheduled> scheduled;

    /** What an import created. */
    public record Imported(String slug, long conferenceId, int sessions, int people) {
    }

    @Transactional
    public Imported importConference(InputStream json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(json)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidImport(List.of("the file is not a JSON object: " + e.getMessage()));
        }
        return importConference(root);
    }

    @Transactional
    public Imported importConference(JsonObject root) {
        List<String> problems = new ArrayList<>();
        JsonFields file = new JsonFields(root, "", problems);
        Integer version = file.integer("plenaryExport", true);
        if (version != null && version != SUPPORTED_VERSION) {
            throw new InvalidImport(List.of("plenaryExport: version " + version + " is not supported (this platform reads "
                    + SUPPORTED_VERSION + ")"));
        }
        Conference conference = conference(file.object("conference"), problems);
        if (conference == null) {
            throw new InvalidImport(problems);
        }
        for (JsonFields day : file.objects("days")) {
            var date = day.date("date", true);
            if (date != null) {
                try {
                    conference.addDay(date, day.text("theme", false, 300));
                } catch (IllegalArgumentException e) {
                    day.problem("date", e.getMessage());
                }
            }
        }
        for (JsonFields track : file.objects("tracks")) {
            String key = track.matching("key", true, KEY, KEY_RULE);
            String name = track.text("name", true, 120);
            Integer position = track.integer("position", true);
            if (key != null && name != null && position != null) {
                try {
                    conference.addTrack(key, name, position);
                } catch (IllegalArgumentException e) {
                    track.problem("key", e.getMessage());
                }
            }
        }
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        for (JsonFields o : file.objects("organisations")) {
            String key = o.matching("key", true, KEY, KEY_RULE);
            Organisation org = new Organisation(conference, o.text("name", true, 200), o.enumValue("kind", OrganisationKind.class),
                    o.text("website", false, 500));
            check(org, o, problems);
            if (key != null && organisations.put(key, org) != null) {
                o.problem("key", "'" + key + "' is given twice");
            }
        }
        Map<String, Person> people = new LinkedHashMap<>();
        for (JsonFields p : file.objects("people")) {
            String key = p.matching("key", true, KEY, KEY_RULE);
            String orgKey = p.text("organisation", false, 60);
            Organisation org = orgKey == null ? null : organisations.get(orgKey);
            if (orgKey != null && org == null) {
                p.problem("organisation", "'" + orgKey + "' is not an organisation of this file");
            }
            Person person = new Person(conference, p.text("name", true, 200), p.text("affiliation", false, 300),
                    p.text("country", false, 60), p.text("bio", false, 4000), org);
            check(person, p, problems);
            if (key != null && people.put(key, person) != null) {
                p.problem("key", "'" + key + "' is given twice");
            }
        }
        Map<Session, JsonObject> sessions = new LinkedHashMap<>();
        Map<Session, QuestionsInFile> questions = new HashMap<>();
        Map<String, Session> sessionKeys = new HashMap<>();
        for (JsonFields s : file.objects("sessions")) {
            session(s, conference, people, problems).ifPresent(session -> {
                String key = s.matching("key", true, KEY, KEY_RULE);
                if (key != null && sessionKeys.put(key, session) != null) {
                    s.problem("key", "'" + key + "' is given twice");
                }
                sessions.put(session, s.objectOrEmpty("data"));
                questions.put(session, QuestionsInFile.read(s));
            });
        }
        overlapsInTracks(sessions.keySet(), problems);
        check(conference, file, problems);
        if (!problems.isEmpty()) {
            throw new InvalidImport(problems);
        }

        em.persist(conference);
        organisations.values().forEach(em::persist);
        people.values().forEach(em::persist);
        sessions.keySet().forEach(em::persist);
        em.flush();
        questions.forEach((session, qa) -> qa.store(em, session.getId()));
        PeopleKeys keys = PeopleKeys.imported(people, organisations);
        int index = 0;
        for (Map.Entry<Session, JsonObject> entry : sessions.entrySet()) {
            handOver(entry.getKey(), entry.getValue(), keys, index++, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidImport(problems);
        }
        sessions.keySet().stream().filter(s -> s.getStatus().isPublic()).forEach(s -> scheduled.fire(
                new SessionScheduled(s.getId(), conference.getSlug(), s.getFormatId(), s.getStart(), s.getEnd())));
        return new Imported(conference.getSlug(), conference.getId(), sessions.size(), people.size());
    }

    private Conference conference(JsonFields c, List<String> problems) {
        if (c == null) {
            return null;
        }
        String slug = c.matching("slug", true, Conference.SLUG_PATTERN, "is not 2 to 60 lower-case letters, digits or hyphens");
        String title = c.text("title", true, 300);
        String zoneId = c.text("timeZone", true, 60);
        var first = c.date("firstDay", true);
        var last = c.date("lastDay", true);
        List<String> languages = c.strings("languages");
        List<String> enabled = c.strings("formats");
        ZoneId zone = null;
        if (zoneId != null) {
            try {
                zone = ZoneId.of(zoneId);
            } catch (DateTimeException e) {
                c.problem("timeZone", "'" + zoneId + "' is not a time zone such as Europe/Paris");
            }
        }
        if (slug != null && conferences.slugTaken(slug)) {
            c.problem("slug", "a conference '" + slug + "' exists already");
        }
        for (String language : languages) {
            if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                c.problem("languages", "'" + language + "' is not a language tag such as fr or pt-BR");
            }
        }
        if (slug == null || title == null || zone == null || first == null || last == null || !problems.isEmpty()) {
            return null;
        }
        if (last.isBefore(first)) {
            c.problem("lastDay", "comes before firstDay");
            return null;
        }
        Conference conference = new Conference(slug, title, zone, first, last, languages.isEmpty() ? List.of("en") : languages);
        conference.describe(c.text("acronym", false, 40), c.text("description", false, JsonFields.MAX_TEXT),
                c.text("contactEmail", false, 200));
        for (String id : enabled) {
            conference.enableFormat(id);
        }
        c.members("translations").forEach((language, t) -> {
            String translated = t.text("title", true, Translation.TITLE_MAX);
            String description = t.text("description", false, Translation.TEXT_MAX);
            if (translated != null) {
                try {
                    conference.translate(language, translated, description);
                } catch (IllegalArgumentException e) {
                    t.problem(null, e.getMessage());
                }
            }
        });
        conference.publish();
        return conference;
    }

    private Optional<Session> session(JsonFields s, Conference conference, Map<String, Person> people, List<String> problems) {
        String title = s.text("title", true, 300);
        String format = s.text("format", true, 40);
        SessionStatus status = s.enumValue("status", SessionStatus.class);
        Instant start = instant(s, "start", conference);
        Instant end = instant(s, "end", conference);
        if (format != null && !conference.usesFormat(format)) {
            s.problem("format", "'" + format + "' is not in conference.formats");
        }
        String trackKey = s.text("track", false, 60);
        Optional<Track> track = trackKey == null ? Optional.empty() : conference.track(trackKey);
        if (trackKey != null && track.isEmpty()) {
            s.problem("track", "'" + trackKey + "' is not a track of this file");
        }
        if (title == null || format == null || status == null || start == null || end == null) {
            return Optional.empty();
        }
        if (conference.day(conference.localTime(start).toLocalDate()).isEmpty()) {
            s.problem("start", "falls on no day of the conference's days");
        }
        Session session;
        try {
            session = new Session(conference, format, title, start, end);
        } catch (IllegalArgumentException e) {
            s.problem("end", e.getMessage());
            return Optional.empty();
        }
        track.ifPresent(session::placeIn);
        s.members("translations").forEach((language, t) -> {
            String translated = t.text("title", true, Translation.TITLE_MAX);
            String summary = t.text("summary", false, Translation.TEXT_MAX);
            if (translated != null) {
                try {
                    session.translate(language, translated, summary);
                } catch (IllegalArgumentException e) {
                    t.problem(null, e.getMessage());
                }
            }
        });
        session.describe(s.text("abstract", false, JsonFields.MAX_TEXT), s.text("streamUrl", false, 1000),
                s.text("recordingUrl", false, 1000));
        session.changeStatus(status);
        for (String key : s.strings("speakers")) {
            Person person = people.get(key);
            if (person == null) {
                s.problem("speakers", "'" + key + "' is not a person of this file");
            } else {
                try {
                    session.addSpeaker(person);
                } catch (IllegalArgumentException e) {
                    s.problem("speakers", e.getMessage());
                }
            }
        }
        check(session, s, problems);
        return Optional.of(session);
    }

    private static Instant instant(JsonFields s, String field, Conference conference) {
        LocalDateTime local = s.localDateTime(field, true);
        if (local == null) {
            return null;
        }
        var zoned = local.atZone(conference.zone());
        if (!zoned.toLocalDateTime().equals(local)) {
            s.problem(field, local + " does not exist in " + conference.getTimeZone() + " (the clocks skip it)");
            return null;
        }
        return zoned.toInstant();
    }

    private static void overlapsInTracks(Iterable<Session> sessions, List<String> problems) {
        Map<Track, List<Session>> byTrack = new HashMap<>();
        sessions.forEach(s -> {
            if (s.getTrack() != null && s.getStatus() != SessionStatus.CANCELLED) {
                byTrack.computeIfAbsent(s.getTrack(), t -> new ArrayList<>()).add(s);
            }
        });
        byTrack.forEach((track, list) -> {
            list.sort(Comparator.comparing(Session::getStart));
            for (int i = 1; i < list.size(); i++) {
                Session before = list.get(i - 1);
                Session after = list.get(i);
                if (after.getStart().isBefore(before.getEnd())) {
                    problems.add("sessions: '" + after.getTitle() + "' overlaps '" + before.getTitle()
                            + "' in track '" + track.getKey() + "'");
                }
            }
        });
    }

    /**
     * Gives the session's data to its format, which resolves the file's keys of people and organisations; or, when
     * the format is not running, keeps it with those keys renamed to the platform's own, which the export writes and
     * the format resolves once it starts ({@link org.plenary.platform.programme.DetachedData}).
     */
    private void handOver(Session session, JsonObject data, PeopleKeys keys, int index, List<String> problems) {
        Optional<SessionFormat> plugin = formats.started(session.getFormatId());
        try {
            if (plugin.isPresent()) {
                plugin.get().data().importSession(session.getId(), data, keys);
            } else if (!data.isEmpty()) {
                em.persist(new DetachedFormatData(session.getId(), session.getFormatId(), keys.toOwnKeys(data).toString()));
            }
        } catch (IllegalArgumentException e) {
            problems.add("sessions[" + index + "].data: " + e.getMessage());
        }
    }

    private <T> void check(T entity, JsonFields where, List<String> problems) {
        for (ConstraintViolation<T> v : validator.validate(entity)) {
            where.problem(v.getPropertyPath().toString(), v.getMessage());
        }
    }
}

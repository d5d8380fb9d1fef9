package org.plenary.platform.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.config.QueryHints;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.languages.Translation;
import org.plenary.platform.people.Organisation;
import org.plenary.platform.people.People;
import org.plenary.platform.people.PeopleKeys;
import org.plenary.platform.people.Person;
import org.plenary.platform.programme.DetachedFormatData;
import org.plenary.platform.programme.Session;
import org.plenary.platform.questions.Question;
import org.plenary.platform.questions.QuestionBoard;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a whole conference in Plenary's JSON format (docs/import-format.md), drafts, plugin data and the sessions'
 * questions included, so that {@link ConferenceImport} on another platform restores it. Keys are derived from ids
 * ({@link PeopleKeys}), so two exports of an unchanged conference are identical. Every person and organisation of
 * the conference is written, speakers or not, since a format's data may name any of them.
 */
@ApplicationScoped
public class ConferenceExport {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    FormatRegistry formats;

    @Inject
    People conferencePeople;

    /** The conference as an import file; empty when there is no such conference. */
    @Transactional
    public Optional<JsonObject> export(String slug) {
        return em.createQuery("select c from Conference c where c.slug = :slug", Conference.class)
                .setParameter("slug", slug).getResultStream().findFirst().map(this::export);
    }

    private JsonObject export(Conference c) {
        List<Session> sessions = em.createQuery("select s from Session s left join fetch s.track"
                        + " where s.conference = :c order by s.startsAtUtc, s.id", Session.class)
                .setParameter("c", c)
                .setHint(QueryHints.BATCH, "s.speakers")
                .setHint(QueryHints.BATCH, "s.translations")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .getResultList();
        Map<Long, Person> people = new LinkedHashMap<>();
        sessions.forEach(s -> s.getSpeakers().forEach(p -> people.putIfAbsent(p.getId(), p)));
        conferencePeople.of(c).forEach(p -> people.putIfAbsent(p.getId(), p));
        Map<Long, Organisation> organisations = new LinkedHashMap<>();
        people.values().stream().map(Person::getOrganisation).filter(Objects::nonNull)
                .forEach(o -> organisations.putIfAbsent(o.getId(), o));
        conferencePeople.organisationsOf(c).forEach(o -> organisations.putIfAbsent(o.getId(), o));
        PeopleKeys keys = PeopleKeys.own(people.values(), organisations.values(), "this conference");
        Map<Long, String> detached = sessions.isEmpty() ? Map.of() : em.createQuery(
                        "select d from DetachedFormatData d where d.sessionId in :ids", DetachedFormatData.class)
                .setParameter("ids", sessions.stream().map(Session::getId).toList())
                .getResultStream().collect(Collectors.toMap(DetachedFormatData::getSessionId, DetachedFormatData::getPayload));

        List<Long> sessionIds = sessions.stream().map(Session::getId).toList();
        Map<Long, List<Question>> questions = sessions.isEmpty() ? Map.of() : em.createQuery(
                        "select q from Question q where q.sessionId in :ids order by q.askedAtUtc, q.id", Question.class)
                .setParameter("ids", sessionIds).getResultStream()
                .collect(Collectors.groupingBy(Question::getSessionId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, QuestionBoard> boards = sessions.isEmpty() ? Map.of() : em.createQuery(
                        "select b from QuestionBoard b where b.sessionId in :ids", QuestionBoard.class)
                .setParameter("ids", sessionIds).getResultStream()
                .collect(Collectors.toMap(QuestionBoard::getSessionId, Function.identity()));

        JsonObjectBuilder conference = Json.createObjectBuilder()
                .add("slug", c.getSlug()).add("title", c.getTitle());
        optional(conference, "acronym", c.getAcronym());
        optional(conference, "description", c.getDescription());
        conference.add("timeZone", c.getTimeZone())
                .add("firstDay", c.getFirstDay().toString()).add("lastDay", c.getLastDay().toString())
                .add("languages", array(c.getLanguages(), Function.identity()));
        optional(conference, "contactEmail", c.getContactEmail());
        translations(conference, c.getTranslations(), "description");
        conference.add("formats", array(c.getEnabledFormats().stream().sorted().toList(), Function.identity()));

        JsonArrayBuilder days = Json.createArrayBuilder();
        c.getDays().forEach(d -> {
            JsonObjectBuilder day = Json.createObjectBuilder().add("date", d.getDate().toString());
            optional(day, "theme", d.getTheme());
            days.add(day);
        });
        JsonArrayBuilder tracks = Json.createArrayBuilder();
        c.getTracks().forEach(t -> tracks.add(Json.createObjectBuilder().add("key", t.getKey()).add("name", t.getName())
                .add("position", t.getSortOrder())));
        JsonArrayBuilder orgs = Json.createArrayBuilder();
        organisations.values().forEach(o -> {
            JsonObjectBuilder org = Json.createObjectBuilder().add("key", PeopleKeys.of(o)).add("name", o.getName())
                    .add("kind", o.getKind().name());
            optional(org, "website", o.getWebsite());
            orgs.add(org);
        });
        JsonArrayBuilder persons = Json.createArrayBuilder();
        people.values().forEach(p -> {
            JsonObjectBuilder person = Json.createObjectBuilder().add("key", PeopleKeys.of(p)).add("name", p.getName());
            optional(person, "affiliation", p.getAffiliation());
            if (p.getOrganisation() != null) {
                person.add("organisation", PeopleKeys.of(p.getOrganisation()));
            }
            optional(person, "country", p.getCountry());
            optional(person, "bio", p.getBio());
            persons.add(person);
        });
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Session s : sessions) {
            JsonObjectBuilder session = Json.createObjectBuilder().add("key", "s-" + s.getId()).add("title", s.getTitle());
            optional(session, "abstract", s.getSummary());
            translations(session, s.getTranslations(), "summary");
            session.add("format", s.getFormatId());
            if (s.getTrack() != null) {
                session.add("track", s.getTrack().getKey());
            }
            session.add("start", local(c, s.getStart())).add("end", local(c, s.getEnd()))
                    .add("speakers", array(s.getSpeakers(), PeopleKeys::of));
            optional(session, "streamUrl", s.getStreamUrl());
            optional(session, "recordingUrl", s.getRecordingUrl());
            session.add("status", s.getStatus().name());
            QuestionsInFile.export(session, questions.getOrDefault(s.getId(), List.of()), boards.get(s.getId()));
            JsonObject data = formats.started(s.getFormatId()).map(f -> f.data().exportSession(s.getId(), keys))
                    .orElse(null);
            if ((data == null || data.isEmpty()) && detached.containsKey(s.getId())) {
                // kept for a format that is missing, or that refused it when it started: it travels as kept
                data = Json.createReader(new StringReader(detached.get(s.getId()))).readObject();
            }
            if (data != null && !data.isEmpty()) {
                session.add("data", data);
            }
            list.add(session);
        }
        return Json.createObjectBuilder().add("plenaryExport", ConferenceImport.SUPPORTED_VERSION)
                .add("conference", conference).add("days", days).add("tracks", tracks).add("organisations", orgs)
                .add("people", persons).add("sessions", list).build();
    }

    /** {@code "translations": {"fr": {"title": …, "<text>": …}}}, languages sorted; nothing when there are none. */
    private static void translations(JsonObjectBuilder builder, List<Translation> translations, String textField) {
        if (translations.isEmpty()) {
            return;
        }
        JsonObjectBuilder all = Json.createObjectBuilder();
        translations.stream().sorted(java.util.Comparator.comparing(Translation::getLanguage)).forEach(t -> {
            JsonObjectBuilder one = Json.createObjectBuilder().add("title", t.getTitle());
            optional(one, textField, t.getText());
            all.add(t.getLanguage(), one);
        });
        builder.add("translations", all);
    }

    private static String local(Conference c, Instant instant) {
        return c.localTime(instant).toString();
    }

    private static <T> JsonArrayBuilder array(List<T> items, Function<T, String> text) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(i -> array.add(text.apply(i)));
        return array;
    }

    private static void optional(JsonObjectBuilder builder, String field, String value) {
        if (value != null && !value.isBlank()) {
            builder.add(field, value);
        }
    }
}

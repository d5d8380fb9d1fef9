package org.plenary.platform.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.persistence.config.QueryHints;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.people.Person;
import org.plenary.platform.programme.Session;
import org.plenary.platform.registration.Registration;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A conference's sessions and people as CSV tables, for organisers' spreadsheets: a header row, then one row each,
 * every cell {@link SafeCell safe against formula injection}; times at the conference's venue, ISO-8601 with their
 * offset.
 */
@ApplicationScoped
public class ConferenceRecords {

    static final List<String> SESSION_COLUMNS = List.of("id", "title", "format", "track", "start", "end", "status",
            "speakers");
    static final List<String> PEOPLE_COLUMNS = List.of("id", "name", "affiliation", "country", "organisation",
            "sessions");
    static final List<String> REGISTRATION_COLUMNS = List.of("id", "name", "email", "organisation", "country", "category",
            "languages", "interests", "time_zone", "listed", "status", "registered", "confirmed", "cancelled");
    /** How several names share one cell. */
    static final String JOIN = "; ";

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    /** Every session of the conference, drafts included, in time order. */
    public void writeSessions(Conference conference, Appendable out) throws IOException {
        List<Session> sessions = em.createQuery("select s from Session s left join fetch s.track"
                        + " where s.conference = :c order by s.startsAtUtc, s.endsAtUtc, s.id", Session.class)
                .setParameter("c", conference)
                .setHint(QueryHints.BATCH, "s.speakers")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .getResultList();
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        try (CSVPrinter csv = printer(out, SESSION_COLUMNS)) {
            for (Session s : sessions) {
                row(csv, s.getId(), s.getTitle(), s.getFormatId(), s.getTrack() == null ? null : s.getTrack().getName(),
                        iso.format(s.getStart().atZone(conference.zone())), iso.format(s.getEnd().atZone(conference.zone())),
                        s.getStatus().name(), s.getSpeakers().stream().map(Person::getName).collect(Collectors.joining(JOIN)));
            }
        }
    }

    /** Every person of the conference, by name, with the titles of the sessions they speak in. */
    public void writePeople(Conference conference, Appendable out) throws IOException {
        List<Person> people = em.createQuery("select p from Person p left join fetch p.organisation"
                        + " where p.conference = :c order by p.name, p.id", Person.class)
                .setParameter("c", conference).getResultList();
        Map<Long, List<String>> sessions = new LinkedHashMap<>();
        em.createQuery("select p.id, s.title from Session s join s.speakers p where s.conference = :c"
                        + " order by s.startsAtUtc, s.id", Object[].class)
                .setParameter("c", conference).getResultList()
                .forEach(r -> sessions.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        try (CSVPrinter csv = printer(out, PEOPLE_COLUMNS)) {
            for (Person p : people) {
                row(csv, p.getId(), p.getName(), p.getAffiliation(), p.getCountry(),
                        p.getOrganisation() == null ? null : p.getOrganisation().getName(),
                        String.join(JOIN, sessions.getOrDefault(p.getId(), List.of())));
            }
        }
    }

    /**
     * Every registration of the conference, by name: who, what they said, whether they are listed, where the
     * registration stands and when it was made, confirmed, cancelled (at the venue, ISO-8601).
     */
    public void writeRegistrations(Conference conference, Appendable out) throws IOException {
        List<Registration> registrations = em.createQuery("select r from Registration r join fetch r.account a"
                        + " where r.conference = :c order by lower(a.displayName), a.email, r.id", Registration.class)
                .setParameter("c", conference)
                .setHint(QueryHints.BATCH, "r.languages")
                .setHint(QueryHints.BATCH, "r.interests")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .getResultList();
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        java.util.function.Function<java.time.Instant, String> at = i -> i == null ? null : iso.format(i.atZone(conference.zone()));
        try (CSVPrinter csv = printer(out, REGISTRATION_COLUMNS)) {
            for (Registration r : registrations) {
                row(csv, r.getId(), r.getAccount().getDisplayName(), r.getAccount().getEmail(), r.getOrganisation(),
                        r.getCountry(), r.getCategory().name(), String.join(JOIN, r.getLanguages()),
                        String.join(JOIN, r.getInterests()), r.getZone().getId(), r.isListed(), r.getStatus().name(),
                        at.apply(r.getCreatedAt()), at.apply(r.getConfirmedAt()), at.apply(r.getCancelledAt()));
            }
        }
    }

    private static CSVPrinter printer(Appendable out, List<String> columns) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(out);
    }

    private static void row(CSVPrinter csv, Object... cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            safe.add(SafeCell.of(cell));
        }
        csv.printRecord(safe);
    }
}

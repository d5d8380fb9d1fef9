package org.plenary.platform.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Stale;
import org.plenary.platform.validation.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps a conference's people and organisations, for the console and the REST API alike.
 *
 * <p>Every method takes the {@link Caller} and the {@link Conference} the request named (from the URL or the
 * console's {@code c}, never from submitted data alone) and first requires {@link Action#EDIT_PEOPLE} there
 * ({@link org.plenary.platform.access.NotAllowed} otherwise). A person or organisation of another conference, or
 * of none, is {@link NotFound}, whatever its id. Input is checked before anything is written: {@link Refused}
 * carries the problems by field ({@code name}, {@code affiliation}, {@code country}, {@code bio},
 * {@code organisationId}; {@code name}, {@code kind}, {@code website}) in the request's language. Changes and
 * deletions name the version the caller read; another version means someone changed it since: {@link Stale}.
 * Each change is written with its audit entry ({@code person.create}, {@code person.update}, {@code person.delete},
 * {@code organisation.…}) in one transaction.
 */
@ApplicationScoped
public class PeopleChanges {

    /**
     * What an organiser enters about a person. Blank optional texts count as none; the country is an ISO 3166-1
     * alpha-2 code in any case (kept upper-case).
     *
     * @param organisationId an organisation of the same conference, or {@code null}
     */
    public record PersonInput(@NotBlank @Size(max = 200) String name,
                              @Size(max = 300) String affiliation,
                              String country,
                              @Size(max = 4000) String bio,
                              Long organisationId) {
    }

    /** What an organiser enters about an organisation; the website, when given, is an http or https address. */
    public record OrganisationInput(@NotBlank @Size(max = 200) String name,
                                    @NotNull OrganisationKind kind,
                                    @Size(max = 500) String website) {
    }

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    Texts texts;

    @Inject
    AuditLog audit;

    // ---- reading ------------------------------------------------------------------------------------------------

    /** The conference's people by name, their organisations loaded. */
    public List<Person> people(Caller who, Conference conference) {
        who.require(Action.EDIT_PEOPLE, conference.getId());
        return em.createQuery("select p from Person p left join fetch p.organisation where p.conference.id = :c"
                + " order by lower(p.name), p.id", Person.class).setParameter("c", conference.getId()).getResultList();
    }

    /** The conference's organisations by name. */
    public List<Organisation> organisations(Caller who, Conference conference) {
        who.require(Action.EDIT_PEOPLE, conference.getId());
        return em.createQuery("select o from Organisation o where o.conference.id = :c order by lower(o.name), o.id",
                Organisation.class).setParameter("c", conference.getId()).getResultList();
    }

    /** @throws NotFound unless the person is one of the conference's */
    public Person person(Caller who, Conference conference, long id) {
        who.require(Action.EDIT_PEOPLE, conference.getId());
        return ownPerson(conference, id);
    }

    /** @throws NotFound unless the organisation is one of the conference's */
    public Organisation organisation(Caller who, Conference conference, long id) {
        who.require(Action.EDIT_PEOPLE, conference.getId());
        return ownOrganisation(conference, id);
    }

    /** The titles of the sessions a person speaks in, in time order: while there are any, the person stays. */
    public List<String> sessionsOf(Caller who, Conference conference, long personId) {
        who.require(Action.EDIT_PEOPLE, conference.getId());
        return titlesOfSessions(ownPerson(conference, personId));
    }

    // ---- people -------------------------------------------------------------------------------------------------

    /** Adds a person to the conference. */
    @Transactional
    public Person createPerson(Caller who, Conference conference, PersonInput input) {
        Conference c = managed(who, conference);
        PersonInput in = clean(input);
        Organisation organisation = check(c, in);
        Person person = new Person(c, in.name(), in.affiliation(), in.country(), in.bio(), organisation);
        em.persist(person);
        em.flush();
        audit.record(who, c.getId(), "person.create", person.getName(), "id " + person.getId());
        return person;
    }

    /**
     * Changes what participants read about a person.
     *
     * @param expectedVersion the version the caller read ({@link Person#getVersion()})
     * @throws Stale when the person changed since
     */
    @Transactional
    public Person updatePerson(Caller who, Conference conference, long id, long expectedVersion, PersonInput input) {
        Conference c = managed(who, conference);
        Person person = ownPerson(c, id);
        requireVersion(person.getVersion(), expectedVersion);
        PersonInput in = clean(input);
        Organisation organisation = check(c, in);
        person.describe(in.name(), in.affiliation(), in.country(), in.bio(), organisation);
        flush();
        audit.record(who, c.getId(), "person.update", person.getName(), "id " + person.getId());
        return person;
    }

    /**
     * Deletes a person who speaks in no session.
     *
     * @param expectedVersion the version the caller read, or {@code null} to delete whatever the version
     * @throws Refused when the person still speaks in sessions (the message names them)
     */
    @Transactional
    public void deletePerson(Caller who, Conference conference, long id, Long expectedVersion) {
        Conference c = managed(who, conference);
        Person person = ownPerson(c, id);
        if (expectedVersion != null) {
            requireVersion(person.getVersion(), expectedVersion);
        }
        List<String> sessions = titlesOfSessions(person);
        if (!sessions.isEmpty()) {
            throw new Refused("", texts.text("person.speaks", person.getName(), sessions.size(),
                    String.join(", ", sessions.stream().map(t -> "\u201c" + t + "\u201d").toList())));
        }
        em.remove(person);
        flush();
        audit.record(who, c.getId(), "person.delete", person.getName(), "id " + id);
    }

    // ---- organisations ------------------------------------------------------------------------------------------

    /** Adds an organisation to the conference. */
    @Transactional
    public Organisation createOrganisation(Caller who, Conference conference, OrganisationInput input) {
        Conference c = managed(who, conference);
        OrganisationInput in = clean(input);
        check(in);
        Organisation organisation = new Organisation(c, in.name(), in.kind(), in.website());
        em.persist(organisation);
        em.flush();
        audit.record(who, c.getId(), "organisation.create", organisation.getName(), "id " + organisation.getId());
        return organisation;
    }

    /**
     * Changes an organisation.
     *
     * @param expectedVersion the version the caller read ({@link Organisation#getVersion()})
     * @throws Stale when the organisation changed since
     */
    @Transactional
    public Organisation updateOrganisation(Caller who, Conference conference, long id, long expectedVersion,
                                           OrganisationInput input) {
        Conference c = managed(who, conference);
        Organisation organisation = ownOrganisation(c, id);
        requireVersion(organisation.getVersion(), expectedVersion);
        OrganisationInput in = clean(input);
        check(in);
        organisation.describe(in.name(), in.kind(), in.website());
        flush();
        audit.record(who, c.getId(), "organisation.update", organisation.getName(), "id " + id);
        return organisation;
    }

    /**
     * Deletes an organisation nobody belongs to.
     *
     * @param expectedVersion the version the caller read, or {@code null} to delete whatever the version
     * @throws Refused when people still belong to it (the message says how many)
     */
    @Transactional
    public void deleteOrganisation(Caller who, Conference conference, long id, Long expectedVersion) {
        Conference c = managed(who, conference);
        Organisation organisation = ownOrganisation(c, id);
        if (expectedVersion != null) {
            requireVersion(organisation.getVersion(), expectedVersion);
        }
        long members = em.createQuery("select count(p) from Person p where p.organisation = :o", Long.class)
                .setParameter("o", organisation).getSingleResult();
        if (members > 0) {
            throw new Refused("", texts.text("organisation.hasPeople", organisation.getName(), members));
        }
        em.remove(organisation);
        flush();
        audit.record(who, c.getId(), "organisation.delete", organisation.getName(), "id " + id);
    }

    // ---- inside -------------------------------------------------------------------------------------------------

    private Conference managed(Caller who, Conference conference) {
        who.require(Action.EDIT_PEOPLE, conference.getId());
        Conference c = em.find(Conference.class, conference.getId());
        if (c == null) {
            throw new NotFound("no conference " + conference.getId());
        }
        return c;
    }

    private Person ownPerson(Conference conference, long id) {
        Person person = em.find(Person.class, id);
        if (person == null || !person.belongsTo(conference)) {
            throw new NotFound("no person " + id + " in " + conference.getSlug());
        }
        return person;
    }

    private Organisation ownOrganisation(Conference conference, long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null || !organisation.belongsTo(conference)) {
            throw new NotFound("no organisation " + id + " in " + conference.getSlug());
        }
        return organisation;
    }

    private List<String> titlesOfSessions(Person person) {
        return em.createQuery("select s.title from Session s join s.speakers p where p = :p"
                + " order by s.startsAtUtc, s.id", String.class).setParameter("p", person).getResultList();
    }

    /** Bean Validation, then what it does not say: the country's form, the organisation's conference. */
    private Organisation check(Conference conference, PersonInput in) {
        List<Problem> problems = new ArrayList<>(texts.check(in));
        if (in.country() != null && !in.country().matches("[A-Z]{2}")) {
            problems.add(texts.problem("country", "notACountry"));
        }
        Organisation organisation = null;
        if (in.organisationId() != null) {
            organisation = em.find(Organisation.class, in.organisationId());
            if (organisation == null || !organisation.belongsTo(conference)) {
                organisation = null;
                problems.add(texts.problem("organisationId", "noSuchOrganisation"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(byField(problems));
        }
        return organisation;
    }

    private void check(OrganisationInput in) {
        List<Problem> problems = new ArrayList<>(texts.check(in));
        if (in.website() != null && !in.website().matches("https?://\\S+")) {
            problems.add(texts.problem("website", "notAWebAddress"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(byField(problems));
        }
    }

    private static List<Problem> byField(List<Problem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparing(Problem::field)).toList();
    }

    private static PersonInput clean(PersonInput in) {
        if (in == null) {
            return new PersonInput(null, null, null, null, null);
        }
        String country = orNull(in.country());
        return new PersonInput(orNull(in.name()), orNull(in.affiliation()),
                country == null ? null : country.toUpperCase(Locale.ROOT), orNull(in.bio()), in.organisationId());
    }

    private static OrganisationInput clean(OrganisationInput in) {
        if (in == null) {
            return new OrganisationInput(null, null, null);
        }
        return new OrganisationInput(orNull(in.name()), in.kind(), orNull(in.website()));
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw new Stale(texts.text("stale"));
        }
    }

    /** Writes now, so that a concurrent change shows here as {@link Stale} rather than at commit. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Stale(texts.text("stale"));
        }
    }
}

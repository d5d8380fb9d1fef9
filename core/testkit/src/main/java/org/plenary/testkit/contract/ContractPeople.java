package org.plenary.testkit.contract;

import org.plenary.spi.ConferencePeople;
import org.plenary.spi.DataReferences;
import org.plenary.spi.OrganisationRef;
import org.plenary.spi.PersonRef;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people and organisations of the contract tests, standing in for the core's {@link ConferencePeople} outside a
 * container: four people and two organisations of the conference {@value #CONFERENCE}, keyed in files as their
 * lower-case first names, and one person and one organisation of {@value #ELSEWHERE}, which a format must refuse
 * for a session of the first. {@link #references()} resolves the keys as the core does for an export or an import.
 *
 * <p>Wire {@link #SAMPLE} into the format in {@link FormatContractTest#format}, name its people by key in
 * {@link FormatContractTest#sampleData()}, and use it in the plugin's own tests of its rules.
 *
 * @since 1.0
 */
public final class ContractPeople implements ConferencePeople, Serializable {

    /** The conference of the sessions the contract tests write. */
    public static final String CONFERENCE = "contract-conference";

    /** Another conference, whose people and organisations no session of {@link #CONFERENCE} may name. */
    public static final String ELSEWHERE = "elsewhere-conference";

    public static final PersonRef AMINA = new PersonRef(101, CONFERENCE, "Amina Diallo",
            "Minister of Education", "SN", 201L);
    public static final PersonRef BRUNO = new PersonRef(102, CONFERENCE, "Bruno Costa", "", "BR", null);
    public static final PersonRef CHEN = new PersonRef(103, CONFERENCE, "Chen Wei", "Researcher, open education", "CN", 202L);
    public static final PersonRef DARA = new PersonRef(104, CONFERENCE, "Dara Okoye", "Teacher", "", null);
    public static final PersonRef EVE = new PersonRef(190, ELSEWHERE, "Eve Outsider", "", "FR", null);

    public static final OrganisationRef MINISTRY = new OrganisationRef(201, CONFERENCE, "Ministry of Education",
            "MINISTRY", "https://ministry.example.org");
    public static final OrganisationRef OPEN_SCHOOLS = new OrganisationRef(202, CONFERENCE, "Open Schools", "NGO", "");
    public static final OrganisationRef FAR_AWAY = new OrganisationRef(290, ELSEWHERE, "Far Away Ltd", "COMPANY", "");

    /** The cast every contract test uses. */
    public static final ContractPeople SAMPLE = new ContractPeople();

    private static final List<PersonRef> PEOPLE = List.of(AMINA, BRUNO, CHEN, DARA, EVE);
    private static final List<OrganisationRef> ORGANISATIONS = List.of(MINISTRY, OPEN_SCHOOLS, FAR_AWAY);

    private ContractPeople() {
    }

    /** The key under which a file names this person or organisation: the first word of its name, in lower case. */
    public static String key(String name) {
        return name.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
    }

    /** Resolves the keys of {@link #CONFERENCE}'s people and organisations, and refuses any other. */
    public DataReferences references() {
        Map<String, Long> people = keyed(PEOPLE, PersonRef::conferenceSlug, PersonRef::name, PersonRef::id);
        Map<String, Long> organisations = keyed(ORGANISATIONS, OrganisationRef::conferenceSlug, OrganisationRef::name,
                OrganisationRef::id);
        return new DataReferences() {
            @Override
            public String personKey(long personId) {
                return keyOf(people, personId, "person");
            }

            @Override
            public long personId(String key) {
                return idOf(people, key, "a person");
            }

            @Override
            public String organisationKey(long organisationId) {
                return keyOf(organisations, organisationId, "organisation");
            }

            @Override
            public long organisationId(String key) {
                return idOf(organisations, key, "an organisation");
            }
        };
    }

    @Override
    public List<PersonRef> people(String conferenceSlug) {
        return PEOPLE.stream().filter(p -> p.conferenceSlug().equals(conferenceSlug))
                .sorted(Comparator.comparing(PersonRef::name)).toList();
    }

    @Override
    public Optional<PersonRef> person(long personId) {
        return PEOPLE.stream().filter(p -> p.id() == personId).findFirst();
    }

    @Override
    public List<OrganisationRef> organisations(String conferenceSlug) {
        return ORGANISATIONS.stream().filter(o -> o.conferenceSlug().equals(conferenceSlug))
                .sorted(Comparator.comparing(OrganisationRef::name)).toList();
    }

    @Override
    public Optional<OrganisationRef> organisation(long organisationId) {
        return ORGANISATIONS.stream().filter(o -> o.id() == organisationId).findFirst();
    }

    private static <T> Map<String, Long> keyed(List<T> all, Function<T, String> conference, Function<T, String> name,
                                               Function<T, Long> id) {
        return all.stream().filter(t -> conference.apply(t).equals(CONFERENCE))
                .collect(Collectors.toMap(t -> key(name.apply(t)), id));
    }

    private static String keyOf(Map<String, Long> keys, long id, String what) {
        return keys.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(what + " " + id + " is not one of " + CONFERENCE));
    }

    private static long idOf(Map<String, Long> keys, String key, String what) {
        Long id = keys.get(key);
        if (id == null) {
            throw new IllegalArgumentException("'" + key + "' is not " + what + " of " + CONFERENCE);
        }
        return id;
    }

    private Object readResolve() {
        return SAMPLE;
    }
}

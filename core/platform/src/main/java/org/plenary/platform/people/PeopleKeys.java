package org.plenary.platform.people;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.plenary.spi.DataReferences;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The keys by which a file names people and organisations, as {@link DataReferences} hands them to formats. This
 * platform's own keys are {@code p-<id>} and {@code o-<id>} (what an export writes, and what data kept for a format
 * that is not running holds); an import's are the file's own, each standing for the id it was imported as.
 */
public final class PeopleKeys implements DataReferences {

    private final Map<String, Long> people;
    private final Map<String, Long> organisations;
    private final Map<Long, String> personKeys = new HashMap<>();
    private final Map<Long, String> organisationKeys = new HashMap<>();
    private final String where;

    /**
     * @param people        person keys to ids
     * @param organisations organisation keys to ids
     * @param where         what the keys belong to, for messages: "this file", "this conference"
     */
    public PeopleKeys(Map<String, Long> people, Map<String, Long> organisations, String where) {
        this.people = Map.copyOf(people);
        this.organisations = Map.copyOf(organisations);
        this.where = where;
        people.forEach((key, id) -> personKeys.put(id, key));
        organisations.forEach((key, id) -> organisationKeys.put(id, key));
    }

    /** The platform's own key of a person. */
    public static String of(Person person) {
        return ownPersonKey(person.getId());
    }

    /** The platform's own key of an organisation. */
    public static String of(Organisation organisation) {
        return ownOrganisationKey(organisation.getId());
    }

    private static String ownPersonKey(long id) {
        return "p-" + id;
    }

    private static String ownOrganisationKey(long id) {
        return "o-" + id;
    }

    /** These people and organisations under the platform's own keys. */
    public static PeopleKeys own(Collection<Person> people, Collection<Organisation> organisations, String where) {
        Map<String, Long> p = new HashMap<>();
        people.forEach(person -> p.put(of(person), person.getId()));
        Map<String, Long> o = new HashMap<>();
        organisations.forEach(org -> o.put(of(org), org.getId()));
        return new PeopleKeys(p, o, where);
    }

    /** A file's keys, each standing for what it was imported as (stored, so with an id). */
    public static PeopleKeys imported(Map<String, Person> people, Map<String, Organisation> organisations) {
        Map<String, Long> p = new HashMap<>();
        people.forEach((key, person) -> p.put(key, person.getId()));
        Map<String, Long> o = new HashMap<>();
        organisations.forEach((key, org) -> o.put(key, org.getId()));
        return new PeopleKeys(p, o, "this file");
    }

    @Override
    public String personKey(long personId) {
        String key = personKeys.get(personId);
        if (key == null) {
            throw new IllegalArgumentException("person " + personId + " is not one of " + where);
        }
        return key;
    }

    @Override
    public long personId(String key) {
        Long id = people.get(key);
        if (id == null) {
            throw new IllegalArgumentException("'" + key + "' is not a person of " + where);
        }
        return id;
    }

    @Override
    public String organisationKey(long organisationId) {
        String key = organisationKeys.get(organisationId);
        if (key == null) {
            throw new IllegalArgumentException("organisation " + organisationId + " is not one of " + where);
        }
        return key;
    }

    @Override
    public long organisationId(String key) {
        Long id = organisations.get(key);
        if (id == null) {
            throw new IllegalArgumentException("'" + key + "' is not an organisation of " + where);
        }
        return id;
    }

    /**
     * The data with each of these keys renamed to the platform's own key of what it stands for, for data that no
     * running format can read: every string value and member name that is exactly a key of a person or of an
     * organisation is taken to name them, everything else is kept as it is. Throws
     * {@link IllegalArgumentException} for a string that is the key of both, which only the format could tell apart.
     */
    public JsonObject toOwnKeys(JsonObject data) {
        return (JsonObject) toOwnKeys((JsonValue) data);
    }

    private JsonValue toOwnKeys(JsonValue value) {
        switch (value.getValueType()) {
            case STRING:
                return Json.createValue(ownKey(((JsonString) value).getString()));
            case ARRAY:
                JsonArrayBuilder array = Json.createArrayBuilder();
                value.asJsonArray().forEach(v -> array.add(toOwnKeys(v)));
                return array.build();
            case OBJECT:
                JsonObjectBuilder object = Json.createObjectBuilder();
                value.asJsonObject().forEach((name, v) -> object.add(ownKey(name), toOwnKeys(v)));
                return object.build();
            default:
                return value;
        }
    }

    private String ownKey(String text) {
        Long person = people.get(text);
        Long organisation = organisations.get(text);
        if (person != null && organisation != null) {
            throw new IllegalArgumentException("'" + text + "' is the key of both a person and an organisation of "
                    + where + ", and the format that would tell which it names is not running here: give them different keys");
        }
        if (person != null) {
            return ownPersonKey(person);
        }
        return organisation != null ? ownOrganisationKey(organisation) : text;
    }
}

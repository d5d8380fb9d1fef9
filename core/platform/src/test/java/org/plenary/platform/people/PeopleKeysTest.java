package org.plenary.platform.people;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.plenary.platform.persistence.Ids;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeopleKeysTest {

    private final PeopleKeys file = new PeopleKeys(Map.of("l-moreau", 17L, "k-asante", 18L),
            Map.of("unesco", 40L, "huawei", 41L), "this file");

    @Test
    void aFilesKeysStandForTheIdsTheyWereImportedAsBothWays() {
        assertEquals(17L, file.personId("l-moreau"));
        assertEquals("k-asante", file.personKey(18));
        assertEquals(41L, file.organisationId("huawei"));
        assertEquals("unesco", file.organisationKey(40));
    }

    @Test
    void anUnknownKeyOrIdIsARefusalThatSaysWhich() {
        assertEquals("'ghost' is not a person of this file",
                assertThrows(IllegalArgumentException.class, () -> file.personId("ghost")).getMessage());
        assertEquals("'unesco' is not a person of this file",
                assertThrows(IllegalArgumentException.class, () -> file.personId("unesco")).getMessage(),
                "people and organisations are keyed apart");
        assertEquals("'l-moreau' is not an organisation of this file",
                assertThrows(IllegalArgumentException.class, () -> file.organisationId("l-moreau")).getMessage());
        assertEquals("person 99 is not one of this file",
                assertThrows(IllegalArgumentException.class, () -> file.personKey(99)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> file.organisationKey(17));
    }

    @Test
    void thePlatformsOwnKeysAreDerivedFromIds() {
        Organisation unesco = Ids.assign(new Organisation(null, "UNESCO", OrganisationKind.UN_AGENCY, null));
        Person person = Ids.assign(new Person(null, "Léonie Moreau-Sato", null, "FR", null, unesco));
        PeopleKeys own = PeopleKeys.own(List.of(person), List.of(unesco), "this conference");
        assertEquals("p-" + person.getId(), PeopleKeys.of(person));
        assertEquals("o-" + unesco.getId(), PeopleKeys.of(unesco));
        assertEquals(person.getId(), own.personId(PeopleKeys.of(person)));
        assertEquals(PeopleKeys.of(unesco), own.organisationKey(unesco.getId()));
        assertEquals("'p-1' is not a person of this conference",
                assertThrows(IllegalArgumentException.class, () -> own.personId("p-1")).getMessage());
    }

    @Test
    void dataKeptForAFormatNotRunningNamesPeopleByThePlatformsKeysAndKeepsTheRest() {
        JsonObject data = json("""
                {"kind": "PLENARY", "moderator": "l-moreau", "panellists": ["k-asante", {"person": "l-moreau", "role": "Rapporteur"}],
                 "organiser": "huawei", "roles": {"k-asante": "Chair"}, "capacity": 20, "open": true, "note": null,
                 "title": "l-moreau and k-asante"}""");
        assertEquals(json("""
                {"kind": "PLENARY", "moderator": "p-17", "panellists": ["p-18", {"person": "p-17", "role": "Rapporteur"}],
                 "organiser": "o-41", "roles": {"p-18": "Chair"}, "capacity": 20, "open": true, "note": null,
                 "title": "l-moreau and k-asante"}"""), file.toOwnKeys(data));
    }

    @Test
    void aKeyOfBothAPersonAndAnOrganisationCannotBeKeptForAFormatNotRunning() {
        PeopleKeys twins = new PeopleKeys(Map.of("unesco", 1L), Map.of("unesco", 2L), "this file");
        var e = assertThrows(IllegalArgumentException.class, () -> twins.toOwnKeys(json("{\"organiser\": \"unesco\"}")));
        assertEquals("'unesco' is the key of both a person and an organisation of this file, and the format that would"
                + " tell which it names is not running here: give them different keys", e.getMessage());
        assertEquals(json("{\"organiser\": \"someone else\"}"), twins.toOwnKeys(json("{\"organiser\": \"someone else\"}")));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}

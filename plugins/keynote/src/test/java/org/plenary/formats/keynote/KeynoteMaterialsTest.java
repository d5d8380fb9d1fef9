package org.plenary.formats.keynote;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeynoteMaterialsTest {

    private final KeynoteMaterials materials = new KeynoteMaterials(null);

    @Test
    void refusesResourcesThatAreNotLinks() {
        var data = Json.createObjectBuilder().add("resources", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "SLIDES").add("title", "x").add("url", "javascript:alert(1)"))).build();
        var e = assertThrows(IllegalArgumentException.class, () -> materials.importSession(1, data));
        assertEquals("resources[0]: 'x' needs an http or https address", e.getMessage());
    }

    @Test
    void refusesUnknownKindsAndTooManyResources() {
        var unknown = Json.createObjectBuilder().add("resources", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "VIDEO").add("title", "x").add("url", "https://a.example"))).build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> materials.importSession(1, unknown))
                .getMessage().contains("neither SLIDES nor LINK"));
        var many = Json.createArrayBuilder();
        for (int i = 0; i <= KeynoteMaterials.MAX_RESOURCES; i++) {
            many.add(Json.createObjectBuilder().add("kind", "LINK").add("title", "t" + i).add("url", "https://a.example"));
        }
        var tooMany = Json.createObjectBuilder().add("resources", many).build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> materials.importSession(1, tooMany))
                .getMessage().startsWith("a keynote has at most 20 resources"));
    }

    @Test
    void keynotesLongerThanNinetyMinutesAreRefused() {
        Instant start = Instant.parse("2020-10-12T08:30:00Z");
        var format = new KeynoteFormat(materials);
        assertEquals(1, format.validate(new org.plenary.spi.SessionDraft("Long", start, start.plus(Duration.ofMinutes(91)), 1, null)).size());
        assertEquals(0, format.validate(new org.plenary.spi.SessionDraft("Short", start, start.plus(Duration.ofMinutes(20)), 1, null)).size());
    }
}

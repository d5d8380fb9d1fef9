package org.plenary.formats.panel;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.plenary.testkit.contract.ContractPeople;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What an import may hand the panel, and what it refuses before anything is stored. */
class PanelsTest {

    private final Panels panels = new Panels(null, ContractPeople.SAMPLE);

    @Test
    void keysThatNameNobodyOfTheConferenceAreRefusedWithWhereTheyAre() {
        assertEquals("moderator: 'eve' is not a person of contract-conference",
                refusal("{\"kind\": \"PLENARY\", \"moderator\": \"eve\", \"panellists\": []}"));
        assertEquals("panellists[1].person: 'ghost' is not a person of contract-conference",
                refusal("{\"kind\": \"PLENARY\", \"panellists\": [\"bruno\", {\"person\": \"ghost\", \"role\": \"Chair\"}]}"));
        assertEquals("panellists[0]: 'ministry' is not a person of contract-conference",
                refusal("{\"kind\": \"PLENARY\", \"panellists\": [\"ministry\"]}"), "an organisation does not sit on a panel");
    }

    @Test
    void theRulesOfALineUpHoldForAnImportToo() {
        assertEquals("Amina Diallo moderates this panel and cannot also sit on it as a panellist.",
                refusal("{\"kind\": \"HIGH_LEVEL\", \"moderator\": \"amina\", \"panellists\": [\"amina\", \"bruno\"]}"));
        assertEquals("Bruno Costa is on the panel twice.",
                refusal("{\"kind\": \"HIGH_LEVEL\", \"panellists\": [\"bruno\", {\"person\": \"bruno\", \"role\": \"Chair\"}]}"));
    }

    @Test
    void theShapeIsChecked() {
        assertEquals("kind is missing: HIGH_LEVEL, PLENARY or BREAKOUT", refusal("{\"moderator\": \"amina\"}"));
        assertEquals("kind 'ROUNDTABLE' is not HIGH_LEVEL, PLENARY or BREAKOUT", refusal("{\"kind\": \"ROUNDTABLE\"}"));
        assertEquals("note: not a field of a panel (kind, moderator, panellists)", refusal("{\"kind\": \"PLENARY\", \"note\": \"x\"}"));
        assertEquals("panellists must be an array", refusal("{\"kind\": \"PLENARY\", \"panellists\": \"bruno\"}"));
        assertEquals("panellists[0] must be a person's key", refusal("{\"kind\": \"PLENARY\", \"panellists\": [7]}"));
        assertEquals("panellists[0] must be a person's key or {\"person\": key, \"role\": text}",
                refusal("{\"kind\": \"PLENARY\", \"panellists\": [{\"person\": \"bruno\", \"seat\": 3}]}"));
        assertEquals("moderator must be a person's key", refusal("{\"kind\": \"PLENARY\", \"moderator\": 101}"),
                "a core id is never accepted for a key");
    }

    private String refusal(String json) {
        JsonObject data = Json.createReader(new StringReader(json)).readObject();
        return assertThrows(IllegalArgumentException.class,
                () -> panels.importSession(1, data, ContractPeople.SAMPLE.references())).getMessage();
    }
}

package org.plenary.platform.conference;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConferenceFormatsTest {

    private final Conference mlw = new Conference("mlw2020", "MLW", ZoneId.of("Europe/Paris"),
            LocalDate.parse("2020-10-12"), LocalDate.parse("2020-10-14"), List.of("en", "fr"));

    @Test
    void aFormatNoSessionUsesIsDisabled() {
        mlw.enableFormat("keynote");
        mlw.enableFormat("panel");
        mlw.disableFormat("panel", 0);
        assertEquals(Set.of("keynote"), mlw.getEnabledFormats());
        mlw.disableFormat("not-enabled", 0);
        assertEquals(Set.of("keynote"), mlw.getEnabledFormats());
    }

    @Test
    void aFormatSessionsStillUseStaysEnabled() {
        mlw.enableFormat("keynote");
        FormatStillUsed refused = assertThrows(FormatStillUsed.class, () -> mlw.disableFormat("keynote", 3));
        assertEquals("keynote", refused.formatId());
        assertEquals(3, refused.sessions());
        assertTrue(mlw.usesFormat("keynote"));
        assertFalse(mlw.usesFormat("panel"));
    }
}

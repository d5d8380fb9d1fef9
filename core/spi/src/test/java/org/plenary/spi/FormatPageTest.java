package org.plenary.spi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatPageTest {

    @Test
    void pagesBuiltByTheFactoriesSitInTheirFormatsFolder() {
        FormatPage hall = FormatPage.participant("solution-pitch", "hall");
        assertEquals("/pages/solution-pitch/hall.xhtml", hall.view());
        assertTrue(hall.isPlacedFor("solution-pitch"));
        assertFalse(hall.isPlacedFor("workshop"));
        FormatPage stand = FormatPage.console("solution-pitch", "stand");
        assertEquals("/console/formats/solution-pitch/stand.xhtml", stand.view());
        assertTrue(stand.isPlacedFor("solution-pitch"));
    }

    @Test
    void aViewOutsideItsFolderOrAudienceIsMisplaced() {
        assertFalse(new FormatPage("hall", "/formats/panel/hall.xhtml", FormatPage.Audience.PARTICIPANT).isPlacedFor("panel"));
        assertFalse(new FormatPage("hall", "/pages/panel/hall.xhtml", FormatPage.Audience.CONSOLE).isPlacedFor("panel"));
        assertFalse(new FormatPage("hall", "/pages/panel/../keynote/x.xhtml", FormatPage.Audience.PARTICIPANT).isPlacedFor("panel"));
        assertFalse(new FormatPage("hall", "/pages/panel/hall.html", FormatPage.Audience.PARTICIPANT).isPlacedFor("panel"));
    }

    @Test
    void keysAreKebabCase() {
        assertThrows(IllegalArgumentException.class, () -> FormatPage.participant("panel", "Hall"));
        assertThrows(IllegalArgumentException.class, () -> FormatPage.participant("panel", "../x"));
    }
}

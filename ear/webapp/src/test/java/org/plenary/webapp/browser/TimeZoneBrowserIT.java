package org.plenary.webapp.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading the programme in one's own time zone. The opening ceremony is at 10:30 in Paris on 12 October 2020
 * (UTC+02:00), that is 08:30 UTC: 17:30 in Tokyo (UTC+09:00), 04:30 in New York (UTC-04:00).
 */
@BrowserTest
class TimeZoneBrowserIT {

    private static final String OPENING = "Opening ceremony";

    @Test
    void tokyoIsChosenRememberedAndUsedOnSessionPages(Browser browser) {
        ProgrammeScreen programme = ProgrammeScreen.open(browser, "");
        assertAll("before choosing",
                () -> assertTrue(programme.viewerZone().startsWith("Europe/Paris"), programme.viewerZone()),
                () -> assertEquals("10:30–10:45", ProgrammeScreen.time(programme.card(OPENING))));

        programme.chooseZone("Asia/Tokyo");

        assertAll("after choosing Asia/Tokyo",
                () -> assertEquals("17:30–17:45", ProgrammeScreen.time(programme.card(OPENING))),
                () -> assertEquals("Asia/Tokyo (UTC+09:00)", programme.viewerZone()),
                () -> assertTrue(programme.zoneBoxText().contains("Europe/Paris"),
                        () -> "the conference's own zone is named too: " + programme.zoneBoxText()),
                () -> assertEquals("Asia/Tokyo", programme.selectedZone()));
        Cookie remembered = browser.driver().manage().getCookieNamed("plenary_tz");
        assertNotNull(remembered, "the choice is remembered in a cookie");
        assertEquals("Asia/Tokyo", remembered.getValue());

        ProgrammeScreen again = ProgrammeScreen.open(browser, "");
        assertAll("the programme again, without tz in the address",
                () -> assertTrue(browser.currentUrl().endsWith("programme.xhtml?c=" + ProgrammeScreen.MLW), browser.currentUrl()),
                () -> assertEquals("Asia/Tokyo (UTC+09:00)", again.viewerZone()),
                () -> assertEquals("17:30–17:45", ProgrammeScreen.time(again.card(OPENING))));

        again.openSession(OPENING);
        assertAll("the session page",
                () -> assertEquals("Monday, October 12, 2020, 17:30–17:45", browser.find("#session-when").getText()),
                () -> assertTrue(browser.find(".zone-note").getText().contains("Asia/Tokyo"), browser.find(".zone-note").getText()));
    }

    @Test
    void newYorkShowsTheEarlyMorning(Browser browser) {
        ProgrammeScreen programme = ProgrammeScreen.open(browser, "").chooseZone("America/New_York");

        assertAll(
                () -> assertEquals("04:30–04:45", ProgrammeScreen.time(programme.card(OPENING))),
                () -> assertEquals("America/New_York (UTC-04:00)", programme.viewerZone()),
                () -> assertTrue(programme.zoneBoxText().contains("Europe/Paris"), programme.zoneBoxText()));
    }
}

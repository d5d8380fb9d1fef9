package org.plenary.webapp.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The participant pages with JavaScript switched off, as on an old phone or behind a script blocker: filters,
 * the time zone, session pages, light mode and its "Play the video" are links and GET forms, and all work.
 */
@BrowserTest
class NoJavaScriptBrowserIT {

    @BeforeEach
    void switchJavaScriptOff(Browser browser) {
        browser.javaScript(false);
    }

    /** The switch itself: a script the page would run does not run (and does, once JavaScript is back on). */
    @Test
    void pagesRunNoScript(Browser browser) {
        String probe = "document.body.insertAdjacentHTML('beforeend',"
                + " '<img src=\"data:,\" onerror=\"document.title = \\'script ran\\'\" onload=\"document.title = \\'script ran\\'\">');";
        browser.open("conference.xhtml?c=" + ParticipantPage.MLW);
        browser.script(probe);
        browser.waitUntil(d -> browser.script("return document.images.length > 0 && document.images[0].complete;"));
        assertFalse(browser.driver().getTitle().contains("script ran"), "JavaScript is off");

        browser.javaScript(true);
        browser.open("conference.xhtml?c=" + ParticipantPage.MLW);
        browser.script(probe);
        browser.waitUntil(d -> browser.driver().getTitle().contains("script ran"));
    }

    @Test
    void programmeFiltersAndTimeZoneWork(Browser browser) {
        ProgrammeScreen programme = ProgrammeScreen.open(browser, "").filterFormat("Workshop");
        assertAll("filtered by format",
                () -> assertEquals(8, programme.cards().size(), () -> ProgrammeScreen.titles(programme.cards()).toString()),
                () -> assertEquals("Workshop", programme.selectedFormat()));

        programme.chooseZone("Asia/Tokyo");
        assertAll("in Tokyo time, still filtered",
                () -> assertEquals("Asia/Tokyo (UTC+09:00)", programme.viewerZone()),
                () -> assertEquals(8, programme.cards().size()),
                () -> assertEquals("18:30–20:00", ProgrammeScreen.time(programme.card("Workshop (Huawei)"))));

        programme.filterDay("Mon 12 Oct");
        assertTrue(programme.cards().isEmpty(), "no workshop on day 1");
        assertTrue(browser.find("p.empty").isDisplayed(), "and the page says so");
    }

    @Test
    void sessionPageAndLightModeWork(Browser browser) {
        ProgrammeScreen.open(browser, "&day=2020-10-14").openSession(LightModeBrowserIT.VIDEO_SESSION);
        assertEquals(LightModeBrowserIT.VIDEO_SESSION, browser.find("h1").getText());
        assertFalse(browser.findAll("#player video").isEmpty(), "the player needs no script");

        browser.clickToNavigate(browser.find("#light-mode"));
        assertAll("light mode",
                () -> assertEquals("Leave light mode", browser.find("#light-mode").getText()),
                () -> assertTrue(browser.findAll("#player video").isEmpty()));

        browser.clickToNavigate(browser.find("#play"));
        assertFalse(browser.findAll("#player video").isEmpty(), "the video once asked for");

        browser.clickToNavigate(browser.find("header .brand"));
        assertFalse(browser.findAll("ul.conferences a[href='conference.xhtml?c=" + ParticipantPage.MLW + "']").isEmpty(),
                "home lists the conference");
    }
}

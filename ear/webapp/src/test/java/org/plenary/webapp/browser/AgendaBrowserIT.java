package org.plenary.webapp.browser;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.plenary.testkit.browser.Axe;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;
import org.plenary.testkit.browser.Window;
import org.plenary.testkit.browser.WindowSize;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A participant in Nairobi, on a phone, builds a personal agenda of MLW 2020 as the issue tells it: the programme
 * opens in Nairobi time by itself (the browser's zone), they sign in from "Sign in to build your agenda", star the
 * opening ceremony and the two parallel breakouts after it, read "my agenda" in Nairobi time with the clash marked,
 * subscribe to its feed (read back here with ical4j), and change their zone: every time follows, and stays.
 *
 * <p>Paris (UTC+02:00 in October 2020) 10:30 is 08:30 UTC, 11:30 in Nairobi (UTC+03:00), 17:30 in Tokyo (UTC+09:00).
 */
@BrowserTest
class AgendaBrowserIT {

    static final String PARTICIPANT = "nia@agenda.browser.example";
    static final String OPENING = "Opening ceremony";
    static final String SHARING = "Breakout: policy sharing (ministries of education and proposals)";
    static final String DIALOGUE = "Breakout: policy dialogue";

    @Test
    @Window(WindowSize.PHONE)
    void aParticipantInNairobiBuildsAnAgendaAndSubscribesToIt(Browser browser) throws Exception {
        browser.resize(WindowSize.DESKTOP);
        String password = accountMadeByTheAdministrator(browser);
        browser.driver().manage().deleteAllCookies();
        browser.resize(WindowSize.PHONE);
        browser.emulateTimeZone("Africa/Nairobi");

        browser.open("programme.xhtml?c=" + ProgrammeScreen.MLW);
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("viewer-zone"), "Africa/Nairobi"));
        ProgrammeScreen programme = ProgrammeScreen.on(browser);
        assertAll("the first visit, in the browser's zone",
                () -> assertEquals("Africa/Nairobi (UTC+03:00)", programme.viewerZone()),
                () -> assertEquals("11:30–11:45", ProgrammeScreen.time(programme.card(OPENING))),
                () -> assertTrue(programme.zoneBoxText().contains("Europe/Paris"), programme.zoneBoxText()),
                () -> assertTrue(browser.findAll("button.star-button").isEmpty(), "no star buttons before signing in"));

        browser.clickToNavigate(browser.find("#sign-in-for-agenda"));
        ConsoleSteps.type(browser, "signin:email", PARTICIPANT);
        ConsoleSteps.type(browser, "signin:password", password);
        signInAndComeBack(browser, "agenda.xhtml?c=" + ProgrammeScreen.MLW);
        assertTrue(browser.find("#agenda-empty").getText().contains("Add to my agenda"), "the empty agenda says how to star");

        browser.clickToNavigate(browser.find("a[href='programme.xhtml?c=" + ProgrammeScreen.MLW + "']"));
        for (String title : List.of(OPENING, SHARING, DIALOGUE)) {
            star(browser, title);
        }

        browser.screenshotOfWindow("agenda-programme-starred");
        browser.clickToNavigate(browser.find("#my-agenda"));
        assertAll("my agenda in Nairobi time",
                () -> assertEquals("Africa/Nairobi (UTC+03:00)", browser.find("#viewer-zone").getText()),
                () -> assertEquals(List.of(OPENING, SHARING, DIALOGUE), titles(browser)),
                () -> assertEquals("11:30–11:45", time(entry(browser, OPENING))),
                () -> assertEquals("12:30–14:00", time(entry(browser, SHARING))),
                () -> assertTrue(entry(browser, OPENING).getText().contains("10:30–10:45 Europe/Paris"), "the conference's time"),
                () -> assertTrue(entry(browser, SHARING).getText().contains("At the same time as: " + DIALOGUE), entry(browser, SHARING).getText()),
                () -> assertTrue(entry(browser, DIALOGUE).getText().contains("At the same time as: " + SHARING)),
                () -> assertFalse(entry(browser, OPENING).getText().contains("At the same time as")),
                () -> assertFalse(browser.scrollsHorizontally(), "fits a phone"));
        browser.screenshot("agenda-nairobi");
        Axe.wcag21aa().assertNoViolations(browser);

        String feedUrl = browser.find("#feed-url").getAttribute("value");
        assertTrue(browser.find("#feed-subscribe").getAttribute("href").startsWith("webcal://"));
        List<VEvent> events = feed(feedUrl);
        assertEquals(List.of(OPENING, SHARING, DIALOGUE), events.stream().map(e -> text(e, "SUMMARY")).toList());
        assertAll("the feed, read by a calendar program",
                () -> assertEquals(Instant.parse("2020-10-12T08:30:00Z"), instant(events.get(0), "DTSTART")),
                () -> assertEquals(Instant.parse("2020-10-12T08:45:00Z"), instant(events.get(0), "DTEND")),
                () -> assertEquals(Instant.parse("2020-10-12T09:30:00Z"), instant(events.get(1), "DTSTART")),
                () -> assertTrue(text(events.get(0), "URL").endsWith("/session.xhtml?id="
                        + entry(browser, OPENING).getAttribute("data-session")), text(events.get(0), "URL")));

        chooseZone(browser, "Asia/Tokyo");
        assertAll("the agenda in Tokyo time",
                () -> assertEquals("Asia/Tokyo (UTC+09:00)", browser.find("#viewer-zone").getText()),
                () -> assertEquals("17:30–17:45", time(entry(browser, OPENING))),
                () -> assertEquals("18:30–20:00", time(entry(browser, DIALOGUE))));

        browser.driver().manage().deleteCookieNamed("plenary_tz");
        ProgrammeScreen again = ProgrammeScreen.open(browser, "");
        assertAll("the programme keeps the zone of the profile",
                () -> assertEquals("Asia/Tokyo (UTC+09:00)", again.viewerZone()),
                () -> assertEquals("17:30–17:45", ProgrammeScreen.time(again.card(OPENING))),
                () -> assertTrue(again.card(OPENING).getText().contains("In my agenda")));
        again.openSession(OPENING);
        assertTrue(browser.find("#session-when").getText().endsWith("17:30–17:45"), browser.find("#session-when").getText());
        assertTrue(browser.find("#session-ics").getAttribute("href").endsWith(".ics"));
        browser.screenshot("agenda-session-tokyo");

        browser.clickToNavigate(browser.find("#my-agenda"));
        WebElement remove = entry(browser, DIALOGUE).findElement(By.cssSelector("button.star-button"));
        browser.clickToNavigate(remove);
        assertAll("one breakout taken off",
                () -> assertEquals(List.of(OPENING, SHARING), titles(browser)),
                () -> assertTrue(browser.findAll(".clash-note").isEmpty(), "no clash left"),
                () -> assertEquals(2, feed(feedUrl).size(), "the feed follows"));
    }

    private static String accountMadeByTheAdministrator(Browser browser) {
        ConsoleSteps.signIn(browser, UsersBrowserIT.ADMIN, UsersBrowserIT.PASSWORD);
        browser.open("console/users.xhtml");
        ConsoleSteps.type(browser, "create:email", PARTICIPANT);
        ConsoleSteps.type(browser, "create:displayName", "Nia Participant");
        browser.find("button[id='create:submit']").click();
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password"))).getText();
    }

    /** Sends the sign-in form: the platform brings the participant back to the page that asked for it. */
    private static void signInAndComeBack(Browser browser, String page) {
        browser.clickToNavigateAllowingErrors(browser.find("input[name='signin:submit']"));
        assertTrue(browser.currentUrl().endsWith("/" + page), "back to the page first asked for: " + browser.currentUrl());
    }

    private static void star(Browser browser, String title) {
        ProgrammeScreen programme = ProgrammeScreen.on(browser);
        WebElement button = programme.card(title).findElement(By.cssSelector("button.star-button"));
        assertTrue(button.getText().contains("Add to my agenda"), button.getText());
        browser.clickToNavigate(button);
        assertTrue(ProgrammeScreen.on(browser).card(title).getText().contains("In my agenda"), title + " is starred");
        assertTrue(browser.currentUrl().contains("programme.xhtml?c=" + ProgrammeScreen.MLW + "#s-"), browser.currentUrl());
    }

    private static void chooseZone(Browser browser, String zoneId) {
        new Select(browser.find("#tz")).selectByValue(zoneId);
        browser.clickToNavigate(browser.find("#tz-apply"));
    }

    private static List<String> titles(Browser browser) {
        return browser.findAll("li.agenda-entry a.card-title").stream().map(WebElement::getText).toList();
    }

    private static WebElement entry(Browser browser, String title) {
        return browser.driver().findElement(By.xpath("//li[contains(@class,'agenda-entry')][a[normalize-space()='" + title + "']]"));
    }

    private static String time(WebElement entry) {
        return entry.findElement(By.cssSelector("time.time")).getText();
    }

    static List<VEvent> feed(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return new CalendarBuilder().build(new StringReader(response.body())).getComponents("VEVENT");
    }

    static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Instant instant(VEvent event, String property) {
        return event.<DateProperty<?>>getProperty(property).map(p -> Instant.from(p.getDate())).orElse(null);
    }
}

package org.plenary.webapp.browser;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.server.RunningPlatform;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A published conference with one session of the test-only format {@code town-hall} (which switches Q&amp;A on; the
 * browser tests' platform deploys it as a plugin), set up once per test JVM by the platform's administrator as a
 * person would: the conference, its day and publication in the console, the format checked on the conference's
 * formats page, the session through the API with the console's signed-in session. The Q&amp;A tests and the
 * accessibility checks use it; it leaves the browser signed out.
 */
final class TownHall {

    static final String SLUG = "qa-live-2031";
    static final String DAY = "2031-06-02";
    static final String TITLE = "Town hall: ask the panel";
    /** A second town hall with one approved question, for the checks of participant pages. */
    static final String ANSWERED_TITLE = "Town hall: questions so far";

    private static long sessionId;
    private static long answeredSessionId;

    private TownHall() {
    }

    /** The town hall's session id, once {@link #ensure} ran. */
    static long sessionId() {
        if (sessionId == 0) {
            throw new IllegalStateException("TownHall.ensure(browser) first");
        }
        return sessionId;
    }

    /** The second town hall's id (one approved question), once {@link #ensure} ran. */
    static long answeredSessionId() {
        sessionId();
        return answeredSessionId;
    }

    /** Sets the town halls up unless this JVM did already; the browser is signed out afterwards. */
    static synchronized void ensure(Browser browser) {
        if (sessionId != 0) {
            return;
        }
        ConsoleSteps.signIn(browser, SignInBrowserIT.ADMIN, SignInBrowserIT.PASSWORD);
        browser.open("console/conference.xhtml");
        ConsoleSteps.type(browser, "conference:slug", SLUG);
        ConsoleSteps.type(browser, "conference:title", "Town halls 2031");
        ConsoleSteps.type(browser, "conference:firstDay", DAY);
        ConsoleSteps.type(browser, "conference:lastDay", DAY);
        new Select(browser.find("select[name='conference:timeZone']")).selectByValue("Europe/Paris");
        browser.clickToNavigate(browser.find("button[id='conference:save']"));
        ConsoleSteps.type(browser, "days:date", DAY);
        browser.clickToNavigate(browser.find("button[id='days:add']"));
        browser.clickToNavigate(browser.find("button[id='publication:publish']"));
        assertTrue(browser.find("#publication-status").getText().startsWith("Published"));

        browser.open("console/plugins.xhtml?c=" + SLUG);
        WebElement row = browser.findAll("tr").stream().filter(r -> r.getText().contains("town-hall")).findFirst()
                .orElseThrow(() -> new AssertionError("the town-hall format is not installed"));
        // A new conference offers every started format; enable it should an organiser have turned it off.
        row.findElements(org.openqa.selenium.By.cssSelector("button[id$=':enable']")).forEach(WebElement::click);
        browser.waitUntil(ExpectedConditions.textToBe(org.openqa.selenium.By.cssSelector(".enabled-town-hall"), "Yes"));

        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        long answered = session(cookie, ANSWERED_TITLE, "11:30", "12:30");
        browser.open("session.xhtml?id=" + answered);
        browser.find("#question-text").sendKeys("What will the panel recommend to ministries?");
        browser.find("#question-show-name").click();
        browser.clickToNavigate(browser.find("#ask-submit"));
        browser.open("console/moderate.xhtml?c=" + SLUG + "&id=" + answered);
        browser.find("#moderated li button.approve").click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(org.openqa.selenium.By.cssSelector("#moderated li .state"), "Shown"));
        answeredSessionId = answered;
        sessionId = session(cookie, TITLE, "10:00", "11:00");
        browser.driver().manage().deleteAllCookies();
    }

    /** A town-hall session made through the API, as the signed-in administrator; its id. */
    private static long session(Cookie cookie, String title, String start, String end) {
        HttpResponse<String> created = post("api/v1/conferences/" + SLUG + "/sessions", cookie, """
                {"formatId": "town-hall", "title": "%s", "summary": "Questions to the panel, live.", "day": "%s",
                 "start": "%s", "end": "%s", "speakerIds": [], "status": "SCHEDULED"}""".formatted(title, DAY, start, end));
        assertEquals(201, created.statusCode(), created.body());
        try (JsonReader reader = Json.createReader(new StringReader(created.body()))) {
            return reader.readObject().getJsonNumber("id").longValue();
        }
    }

    private static HttpResponse<String> post(String path, Cookie session, String json) {
        try {
            return HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build().send(
                    HttpRequest.newBuilder(URI.create(RunningPlatform.url(path))).header("Content-Type", "application/json")
                            .header("Cookie", "JSESSIONID=" + session.getValue())
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

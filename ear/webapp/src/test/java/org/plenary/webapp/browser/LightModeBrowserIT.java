package org.plenary.webapp.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;
import org.plenary.testkit.browser.Window;
import org.plenary.testkit.browser.WindowSize;
import org.plenary.testkit.server.RunningPlatform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Light mode, for slow or costly connections: the reader switches it on from the header, and a session page then
 * holds no player and loads no video until the reader asks for it. The demo's closing highlights have a video file
 * as their recording.
 */
@BrowserTest
class LightModeBrowserIT {

    static final String VIDEO_SESSION = "Highlights and key messages of the events";
    private static final String VIDEO = "https://replay.example.org/mlw2020/d3-highlights.mp4";
    private static final String PLAYERS = "iframe, video, audio, embed, object";

    @Test
    void inLightModeNoVideoLoadsUntilTheReaderAsks(Browser browser) {
        String page = "session.xhtml?id=" + ParticipantPage.sessionId(VIDEO_SESSION);
        browser.open(page);
        WebElement player = browser.find("#player video");
        assertAll("the normal mode: the player, which loads nothing before it is played",
                () -> assertEquals(VIDEO, player.getAttribute("src")),
                () -> assertEquals("none", player.getAttribute("preload")),
                () -> assertEquals("Light mode", browser.find("#light-mode").getText()));

        browser.clickToNavigate(browser.find("#light-mode"));
        Cookie cookie = browser.driver().manage().getCookieNamed("plenary_light");
        assertAll("after the header's switch",
                () -> assertTrue(browser.currentUrl().endsWith(page), "back on the page read: " + browser.currentUrl()),
                () -> assertEquals("Leave light mode", browser.find("#light-mode").getText()),
                () -> assertEquals("on", cookie == null ? null : cookie.getValue(), "the choice is kept in a cookie"));
        browser.takeRequests();

        browser.open(page);
        List<String> requests = browser.takeRequests();
        assertAll("light mode, before asking",
                () -> assertTrue(browser.findAll(PLAYERS).isEmpty(),
                        () -> "no player in the page: " + browser.findAll(PLAYERS).stream().map(WebElement::getTagName).toList()),
                () -> assertEquals(List.of(), offSite(requests), "nothing but the platform is asked for"),
                () -> assertEquals("Play the video", browser.find("#play").getText()),
                () -> assertTrue(browser.find("#play").isDisplayed()));

        browser.clickToNavigate(browser.find("#play"));
        browser.waitUntil(d -> browser.takeRequests().stream().anyMatch(VIDEO::equals));
        WebElement asked = browser.find("#player video");
        assertAll("light mode, once asked",
                () -> assertEquals(VIDEO, asked.getAttribute("src")),
                () -> assertNotNull(asked.getAttribute("autoplay"), "it starts: the reader asked for it"));
    }

    @Test
    @Window(WindowSize.PHONE)
    void lightModeIsLeftFromTheHeaderOrItsOwnPage(Browser browser) {
        String page = "programme.xhtml?c=" + ParticipantPage.MLW + "&day=2020-10-14";
        browser.open(page);
        browser.clickToNavigate(browser.find("#light-mode"));
        assertEquals("Leave light mode", browser.find("#light-mode").getText());

        browser.open("light-mode.xhtml");
        assertEquals("Light mode is on.", browser.find("#light-state").getText());
        browser.clickToNavigate(browser.find("#light-switch"));
        assertAll("switched off on the light-mode page",
                () -> assertTrue(browser.find("#light-state").getText().startsWith("Light mode is off"), browser.find("#light-state").getText()),
                () -> assertNull(browser.driver().manage().getCookieNamed("plenary_light"), "the cookie is gone"),
                () -> assertEquals("Light mode", browser.find("#light-mode").getText()));

        browser.open(page);
        browser.clickToNavigate(browser.find("#light-mode"));
        browser.clickToNavigate(browser.find("#light-mode"));
        assertAll("on and off again from the header",
                () -> assertTrue(browser.currentUrl().endsWith(page), browser.currentUrl()),
                () -> assertEquals("Light mode", browser.find("#light-mode").getText()));
    }

    @Test
    void theSwitchKeepsNoSessionAndNeverLeadsElsewhere() throws Exception {
        HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
        for (String path : List.of("light-mode.xhtml", "light-mode.xhtml?light=on&back=%2Fprogramme.xhtml%3Fc%3Dmlw2020",
                "session.xhtml?id=" + ParticipantPage.sessionId(VIDEO_SESSION))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(RunningPlatform.url(path)))
                    .header("Cookie", "plenary_light=on").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 200 || r.statusCode() == 302, path + ": " + r.statusCode());
            assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " opened an HTTP session: " + r.headers().allValues("Set-Cookie"));
        }
        assertEquals(RunningPlatform.url("programme.xhtml?c=mlw2020"), http.send(HttpRequest.newBuilder(URI.create(
                        RunningPlatform.url("light-mode.xhtml?light=on&back=%2Fprogramme.xhtml%3Fc%3Dmlw2020"))).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElse(null));
        for (String elsewhere : List.of("%2F%2Fevil.example%2F", "https%3A%2F%2Fevil.example%2F", "%2F%5Cevil.example")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
                    RunningPlatform.url("light-mode.xhtml?light=on&back=" + elsewhere))).build(), HttpResponse.BodyHandlers.ofString());
            assertAll(elsewhere,
                    () -> assertEquals(200, r.statusCode(), "no redirect: the page itself"),
                    () -> assertFalse(r.body().contains("evil.example"), "and no link there either"));
        }
    }

    /** The requests that went to anything but the platform. */
    static List<String> offSite(List<String> requests) {
        String root = RunningPlatform.baseUri().toString();
        return requests.stream().filter(url -> !url.startsWith(root) && !url.startsWith("data:") && !url.equals("about:blank")).toList();
    }
}

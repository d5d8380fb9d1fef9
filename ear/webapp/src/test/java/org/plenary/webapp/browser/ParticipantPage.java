package org.plenary.webapp.browser;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.server.RunningPlatform;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;

/**
 * A participant page as the accessibility, page-weight and no-JavaScript checks open it: a name for the failure
 * messages, the address, whether the reader is in light mode, and whether signed in (as the platform's first
 * administrator, who has not registered for the demo conference). {@link #ALL} is the list they all go through:
 * <b>adding a page to the checks is one line there</b>.
 */
record ParticipantPage(String name, Supplier<String> path, boolean light, boolean signIn, boolean townHall) {

    static final String MLW = ProgrammeScreen.MLW;

    /** Every participant page, in the states worth checking. */
    static final List<ParticipantPage> ALL = List.of(
            at("home", ""),
            at("conference", "conference.xhtml?c=" + MLW),
            at("programme", "programme.xhtml?c=" + MLW),
            at("programme, workshops of day 2", "programme.xhtml?c=" + MLW + "&day=2020-10-13&format=workshop"),
            at("programme, nothing matches", "programme.xhtml?c=" + MLW + "&day=2020-10-12&format=workshop"),
            at("programme in Tokyo time", "programme.xhtml?c=" + MLW + "&tz=Asia/Tokyo"),
            session("keynote session", "Opening ceremony"),
            session("panel session", "High-level panel on distance-learning policies"),
            session("session of a missing format (generic view)", "Workshop (Huawei)"),
            session("session with a video", LightModeBrowserIT.VIDEO_SESSION),
            session("session with a video", LightModeBrowserIT.VIDEO_SESSION).inLightMode(),
            at("sign-in", "login.xhtml"),
            at("light mode", "light-mode.xhtml"),
            at("directory, not registered", "directory.xhtml?c=" + MLW).signedIn(),
            at("contacts, not registered", "contacts.xhtml?c=" + MLW).signedIn(),
            at("programme with star buttons", "programme.xhtml?c=" + MLW + "&day=2020-10-12").signedIn(),
            session("keynote session with its star button", "Opening ceremony").signedIn(),
            at("my agenda, empty", "agenda.xhtml?c=" + MLW).signedIn(),
            at("registration", "register.xhtml?c=" + MLW),
            at("registration in one step", "register.xhtml?c=" + MLW).signedIn(),
            at("privacy notice", "privacy.xhtml?c=" + MLW),
            at("confirmation, a link that does not work", "confirm.xhtml?token=used-or-unknown"),
            townHall("session with Q&A"),
            townHall("session with Q&A, the forms to ask and vote").signedIn());

    static ParticipantPage at(String name, String path) {
        return new ParticipantPage(name, () -> path, false, false, false);
    }

    /** The page of a town hall (a session with Q&amp;A) with one approved question ({@link TownHall}, set up on first use). */
    static ParticipantPage townHall(String name) {
        return new ParticipantPage(name, () -> "session.xhtml?id=" + TownHall.answeredSessionId(), false, false, true);
    }

    /** The page of the MLW 2020 session with this title (the first, if several have it). */
    static ParticipantPage session(String name, String title) {
        return new ParticipantPage(name, () -> "session.xhtml?id=" + sessionId(title), false, false, false);
    }

    ParticipantPage inLightMode() {
        return new ParticipantPage(name + " (light mode)", path, true, signIn, townHall);
    }

    ParticipantPage signedIn() {
        return new ParticipantPage(name + " (signed in)", path, light, true, townHall);
    }

    /** Signs in and switches light mode on when the page asks for them, then opens the page. */
    Browser open(Browser browser) {
        if (townHall) {
            TownHall.ensure(browser);
        }
        if (signIn) {
            ConsoleSteps.signIn(browser, SignInBrowserIT.ADMIN, SignInBrowserIT.PASSWORD);
        }
        if (light) {
            browser.open("light-mode.xhtml?light=on");
        }
        return browser.open(path.get());
    }

    /** The id of the first MLW 2020 session with this title, from the public API. */
    static long sessionId(String title) {
        try {
            HttpResponse<String> r = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build().send(
                    HttpRequest.newBuilder(URI.create(RunningPlatform.url("api/v1/conferences/" + MLW + "/sessions"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
                return reader.readArray().stream().map(JsonValue::asJsonObject)
                        .filter(s -> s.getString("title").equals(title)).findFirst()
                        .orElseThrow(() -> new AssertionError("no session '" + title + "' in " + MLW))
                        .getJsonNumber("id").longValue();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.plenary.webapp.it;

import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.agenda.Agenda;
import org.plenary.platform.agenda.StarredSessionsBusy;
import org.plenary.platform.conference.ConferenceChanges;
import org.plenary.platform.conference.ConferenceForm;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.programme.Conflicts;
import org.plenary.platform.programme.ProgrammeChanges;
import org.plenary.platform.programme.Session;
import org.plenary.platform.programme.SessionForm;
import org.plenary.spi.FormatEditor;
import org.plenary.spi.SessionStatus;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal agendas in the running platform: starring (only public sessions of published conferences, only one's own
 * stars), the star form as a browser posts it, "my agenda", the private iCalendar feed read back with ical4j, its
 * reset, a session's .ics, and the viewer's zone kept in the profile. Runs in the container, and talks HTTP to it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgendaIT {

    static final String ORGANISER = "ora@agenda.example";
    static final String PARTICIPANT = "pat@agenda.example";
    static final String OTHER = "oli@agenda.example";
    static final String PASSWORD = "seven quiet otters row";
    static final String LAB = "agenda-lab";
    static final String HIDDEN = "agenda-hidden";

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern FEED_URL = Pattern.compile("id=\"feed-url\"[^>]*value=\"([^\"]+)\"");

    /** Session ids by title, in the container's JVM (set by the first test). */
    static final Map<String, Long> ids = new LinkedHashMap<>();

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("plenary.war")))
                .addClasses(SignInClient.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Conferences conferences;

    @Inject
    ConferenceChanges conferenceChanges;

    @Inject
    ProgrammeChanges programme;

    @Inject
    Agenda agenda;

    @Inject
    StarredSessionsBusy busy;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aPublishedConferenceWithPublicDraftAndCancelledSessions() {
        accounts.create(ORGANISER, "Ora", PASSWORD);
        accounts.grantInConference(ORGANISER, Role.ORGANISER, conferences.bySlug("mlw2020").orElseThrow().getId());
        for (String email : List.of(PARTICIPANT, OTHER)) {
            accounts.create(email, email.substring(0, 3), PASSWORD);
        }
        conferenceChanges.create(caller(ORGANISER), form(LAB));
        conferenceChanges.create(caller(ORGANISER), form(HIDDEN));
        Caller ora = caller(ORGANISER);
        for (String slug : List.of(LAB, HIDDEN)) {
            conferenceChanges.addDay(ora, slug, LocalDate.parse("2027-03-01"), null);
            conferenceChanges.addTrack(ora, slug, "main", "Main hall");
            conferenceChanges.addTrack(ora, slug, "side", "Side room");
            accounts.grantInConference(PARTICIPANT, Role.PARTICIPANT, conferences.bySlug(slug).orElseThrow().getId());
        }
        add(LAB, "Opening", "09:00", "09:30", "main", SessionStatus.SCHEDULED);
        add(LAB, "Parallel A", "10:00", "11:00", "main", SessionStatus.SCHEDULED);
        add(LAB, "Parallel B", "10:30", "11:30", "side", SessionStatus.SCHEDULED);
        add(LAB, "Called off", "12:00", "12:30", "main", SessionStatus.CANCELLED);
        add(LAB, "Not yet", "14:00", "14:30", "main", SessionStatus.DRAFT);
        add(HIDDEN, "Unpublished", "09:00", "09:30", "main", SessionStatus.SCHEDULED);
        conferenceChanges.publish(ora, LAB, true);
        assertEquals(6, ids.size());
    }

    @Test
    @Order(2)
    void onlyPublicSessionsOfPublishedConferencesAreStarredAndOnlyOnesOwnStarsChange() {
        Caller pat = caller(PARTICIPANT);
        Caller oli = caller(OTHER);
        for (String title : List.of("Opening", "Parallel A", "Parallel B", "Called off")) {
            agenda.star(pat, ids.get(title));
        }
        agenda.star(pat, ids.get("Opening"));
        agenda.star(oli, ids.get("Opening"));
        assertAll(
                () -> assertThrows(NotFound.class, () -> agenda.star(pat, ids.get("Not yet")), "a draft"),
                () -> assertThrows(NotFound.class, () -> agenda.star(pat, ids.get("Unpublished")), "an unpublished conference"),
                () -> assertThrows(NotFound.class, () -> agenda.star(pat, 987_654_321L), "no such session"),
                () -> assertThrows(NotFound.class, () -> agenda.unstar(pat, ids.get("Not yet")), "a draft never starred"),
                () -> assertThrows(NotAllowed.class, () -> agenda.star(Caller.ANONYMOUS, ids.get("Opening"))));

        agenda.unstar(pat, ids.get("Opening"));
        assertAll(
                () -> assertEquals(Set.of(ids.get("Parallel A"), ids.get("Parallel B"), ids.get("Called off")), agenda.starredIds(pat)),
                () -> assertEquals(Set.of(ids.get("Opening")), agenda.starredIds(oli), "another's star stays"));
        agenda.star(pat, ids.get("Opening"));

        List<Session> mine = agenda.sessions(pat.accountId(), conferences.bySlug(LAB).orElseThrow());
        Conflicts clashes = Conflicts.forAttendee(mine);
        assertEquals(List.of("Opening", "Parallel A", "Parallel B", "Called off"), mine.stream().map(Session::getTitle).toList(),
                "the starred sessions of the conference, in time order, each once");
        assertAll(
                () -> assertEquals("Parallel B", clashes.of(mine.get(1)).get(0).other().getTitle()),
                () -> assertTrue(clashes.of(mine.get(0)).isEmpty()),
                () -> assertTrue(clashes.of(mine.get(3)).isEmpty()),
                () -> assertEquals(List.of(mine.get(0).getStart(), mine.get(1).getStart(), mine.get(2).getStart()),
                        busy.of(accounts.byEmail(PARTICIPANT).orElseThrow(), conferences.bySlug(LAB).orElseThrow()).stream()
                                .map(i -> i.start()).toList(), "no meeting over a starred session, but over a cancelled one"));
    }

    @Test
    @Order(3)
    void theStarFormPostsAndComesBackToThePage() throws Exception {
        SignInClient pat = signedIn(PARTICIPANT);
        String page = "programme.xhtml?c=" + LAB;
        HttpResponse<String> programmePage = pat.get(page);
        String opening = String.valueOf(ids.get("Opening"));
        assertAll(
                () -> assertEquals(200, programmePage.statusCode()),
                () -> assertTrue(card(programmePage.body(), opening).contains("In my agenda"), programmePage.body()),
                () -> assertTrue(programmePage.body().contains("href=\"agenda.xhtml?c=" + LAB + "\""), "a link to my agenda"));
        String token = token(programmePage.body());

        HttpResponse<String> unstar = pat.post("agenda/star", form(opening, "off", page, token));
        assertEquals(303, unstar.statusCode());
        assertTrue(SignInClient.location(unstar).endsWith("/programme.xhtml?c=" + LAB + "#s-" + opening), SignInClient.location(unstar));
        assertTrue(card(pat.get(page).body(), opening).contains("Add to my agenda"), "no longer starred");

        HttpResponse<String> star = pat.post("agenda/star", form(opening, "on", "https://elsewhere.example/", token));
        assertEquals(303, star.statusCode());
        assertTrue(SignInClient.location(star).endsWith("/session.xhtml?id=" + opening + "#s-" + opening),
                "never back to another site: " + SignInClient.location(star));
        assertTrue(card(pat.get(page).body(), opening).contains("In my agenda"));

        SignInClient anonymous = new SignInClient(base.toURI());
        HttpResponse<String> anonymousPage = anonymous.get(page);
        assertAll(
                () -> assertEquals(403, pat.post("agenda/star", form(opening, "on", page, "forged")).statusCode(), "a wrong token"),
                () -> assertEquals(403, pat.post("agenda/star", form(opening, "on", page, "")).statusCode(), "no token"),
                () -> assertEquals(404, pat.post("agenda/star", form(String.valueOf(ids.get("Not yet")), "on", page, token)).statusCode()),
                () -> assertEquals(404, pat.post("agenda/star", form(String.valueOf(ids.get("Unpublished")), "on", page, token)).statusCode()),
                () -> assertEquals(404, pat.post("agenda/star", form("x1", "on", page, token)).statusCode()),
                () -> assertTrue(SignInClient.location(anonymous.post("agenda/star", form(opening, "on", page, token)))
                        .endsWith(SignInClient.signInPageFor(page)), "signed out: sent to sign in, then back to the page"),
                () -> assertTrue(anonymousPage.body().contains("Sign in to build your agenda")),
                () -> assertFalse(anonymousPage.body().contains("agenda/star"), "no star buttons for anonymous visitors"),
                () -> assertTrue(anonymous.sessionId().isEmpty(), "no HTTP session for an anonymous visitor"));
    }

    @Test
    @Order(4)
    void myAgendaShowsClashesAndCancellationsAndItsFeedReadsBack() throws Exception {
        SignInClient pat = signedIn(PARTICIPANT);
        HttpResponse<String> page = pat.get("agenda.xhtml?c=" + LAB);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertAll(
                () -> assertTrue(card(html, String.valueOf(ids.get("Parallel A"))).contains("At the same time as:"), html),
                () -> assertTrue(card(html, String.valueOf(ids.get("Parallel A"))).contains("Parallel B")),
                () -> assertFalse(card(html, String.valueOf(ids.get("Opening"))).contains("At the same time as:")),
                () -> assertTrue(card(html, String.valueOf(ids.get("Called off"))).contains("Cancelled")),
                () -> assertFalse(html.contains("Not yet")),
                () -> assertTrue(html.contains("Europe/Paris"), "the zone is named"));
        String feedUrl = feedUrl(html);

        HttpResponse<String> feed = plainGet(feedUrl);
        assertAll(
                () -> assertEquals(200, feed.statusCode()),
                () -> assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar")),
                () -> assertTrue(feed.headers().allValues("Set-Cookie").isEmpty(), "no session for a calendar program"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(List.of("Opening", "Parallel A", "Parallel B", "Called off"), events.stream().map(e -> text(e, "SUMMARY")).toList());
        Session opening = programme.find(caller(ORGANISER), LAB, ids.get("Opening"));
        VEvent first = events.get(0);
        assertAll(
                () -> assertEquals(opening.getStart(), instant(first, "DTSTART")),
                () -> assertEquals(opening.getEnd(), instant(first, "DTEND")),
                () -> assertEquals(Instant.parse("2027-03-01T08:00:00Z"), instant(first, "DTSTART"), "09:00 in Paris"),
                () -> assertEquals("session-" + opening.getId() + "@" + LAB + ".plenary", text(first, "UID")),
                () -> assertEquals(base.toURI().resolve("session.xhtml?id=" + opening.getId()).toString(), text(first, "URL")),
                () -> assertEquals("https://stream.example/opening", text(first, "LOCATION")),
                () -> assertTrue(text(first, "DESCRIPTION").contains("About Opening."), text(first, "DESCRIPTION")),
                () -> assertTrue(text(first, "DESCRIPTION").contains("Live stream: https://stream.example/opening")),
                () -> assertEquals("CANCELLED", text(events.get(3), "STATUS")),
                () -> assertTrue(first.getProperty("STATUS").isEmpty()));

        HttpResponse<String> single = plainGet(base + "calendar/session/" + opening.getId() + ".ics");
        List<VEvent> one = new CalendarBuilder().build(new StringReader(single.body())).getComponents("VEVENT");
        HttpResponse<String> anonymousAgenda = new SignInClient(base.toURI()).get("agenda.xhtml?c=" + LAB);
        assertAll(
                () -> assertEquals(200, single.statusCode()),
                () -> assertTrue(single.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment")),
                () -> assertEquals(1, one.size()),
                () -> assertEquals(text(first, "UID"), text(one.get(0), "UID"), "the same UID in the feed and the download"),
                () -> assertEquals(404, plainGet(base + "calendar/session/" + ids.get("Not yet") + ".ics").statusCode()),
                () -> assertEquals(404, plainGet(base + "calendar/session/" + ids.get("Unpublished") + ".ics").statusCode()),
                () -> assertEquals(404, plainGet(base + "calendar/session/x.ics").statusCode()),
                () -> assertEquals(404, plainGet(base + "calendar/" + "A".repeat(43) + ".ics").statusCode()),
                () -> assertFalse(plainGet(base + "calendar/%00.ics").body().contains("Exception")),
                () -> assertEquals(302, anonymousAgenda.statusCode(), "the agenda asks to sign in"),
                () -> assertTrue(SignInClient.location(anonymousAgenda).contains("login.xhtml")));
    }

    @Test
    @Order(5)
    void resettingTheFeedKillsTheOldAddress() throws Exception {
        SignInClient pat = signedIn(PARTICIPANT);
        String html = pat.get("agenda.xhtml?c=" + LAB).body();
        String old = feedUrl(html);
        assertEquals(old, feedUrl(pat.get("agenda.xhtml?c=" + LAB).body()), "the address stays until reset");
        assertEquals(403, pat.post("agenda/reset-feed", Map.of("c", LAB, "token", "forged")).statusCode());
        assertEquals(200, plainGet(old).statusCode());

        HttpResponse<String> reset = pat.post("agenda/reset-feed", Map.of("c", LAB, "token", token(html)));
        assertEquals(303, reset.statusCode());
        assertTrue(SignInClient.location(reset).endsWith("/agenda.xhtml?c=" + LAB + "&reset=1#feed"), SignInClient.location(reset));
        String after = pat.get("agenda.xhtml?c=" + LAB + "&reset=1").body();
        String renewed = feedUrl(after);
        assertAll(
                () -> assertFalse(renewed.equals(old)),
                () -> assertEquals(404, plainGet(old).statusCode(), "the old address is dead"),
                () -> assertEquals(200, plainGet(renewed).statusCode()),
                () -> assertTrue(after.contains("the old one no longer works")),
                () -> assertEquals(404, pat.post("agenda/reset-feed", Map.of("c", HIDDEN, "token", token(html))).statusCode()));

        Caller oli = caller(OTHER);
        String olisFeed = base + "calendar/" + agenda.feed(oli, conferences.bySlug(LAB).orElseThrow()).getSecret() + ".ics";
        assertEquals(1, new CalendarBuilder().build(new StringReader(plainGet(olisFeed).body())).getComponents("VEVENT").size(),
                "another's feed holds their own stars only");
        accounts.disable(OTHER);
        assertEquals(404, plainGet(olisFeed).statusCode(), "a disabled account's feed is gone");
    }

    @Test
    @Order(6)
    void aZoneChosenWhileSignedInIsKeptInTheProfile() throws Exception {
        SignInClient pat = signedIn(PARTICIPANT);
        assertEquals(200, pat.get("programme.xhtml?c=" + LAB + "&tz=Africa/Nairobi").statusCode());
        assertEquals(ZoneId.of("Africa/Nairobi"), accounts.byEmail(PARTICIPANT).orElseThrow().preferredZone().orElseThrow());

        SignInClient elsewhere = signedIn(PARTICIPANT);
        String html = elsewhere.get("agenda.xhtml?c=" + LAB).body();
        assertAll("another browser, without the zone cookie, reads the profile's zone",
                () -> assertTrue(html.contains("Africa/Nairobi (UTC+03:00)"), html),
                () -> assertTrue(card(html, String.valueOf(ids.get("Opening"))).contains("11:00–11:30"), "09:00 in Paris is 11:00 in Nairobi"),
                () -> assertTrue(card(html, String.valueOf(ids.get("Opening"))).contains("09:00–09:30 Europe/Paris"), "the conference's time too"),
                () -> assertFalse(html.contains("plenary_tz="), "no zone detection script: the zone is known"));
    }

    private SignInClient signedIn(String email) throws Exception {
        SignInClient client = new SignInClient(base.toURI());
        int status = client.signIn(email, PASSWORD).statusCode();
        assertTrue(status == 302 || status == 303, "signed in: " + status);
        return client;
    }

    private static HttpResponse<String> plainGet(String url) throws Exception {
        return HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> form(String session, String star, String back, String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("session", session);
        form.put("star", star);
        form.put("back", back);
        form.put("token", token);
        return form;
    }

    /** The HTML of a session's card (programme) or entry (agenda), up to the next one. */
    private static String card(String html, String sessionId) {
        int at = html.indexOf("id=\"s-" + sessionId + "\"");
        assertTrue(at >= 0, "no card for session " + sessionId);
        int next = html.indexOf("<li class=\"card", at);
        return html.substring(at, next < 0 ? html.length() : next);
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertTrue(m.find(), "a form token on the page");
        return m.group(1);
    }

    private static String feedUrl(String html) {
        Matcher m = FEED_URL.matcher(html);
        assertTrue(m.find(), "the feed's address on the agenda page");
        return m.group(1).replace("&amp;", "&");
    }

    static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    static Instant instant(VEvent event, String property) {
        return event.<DateProperty<?>>getProperty(property).map(p -> Instant.from(p.getDate())).orElse(null);
    }

    private void add(String slug, String title, String from, String to, String track, SessionStatus status) {
        Caller ora = caller(ORGANISER);
        SessionForm f = new SessionForm();
        f.setFormatId("keynote");
        f.setTitle(title);
        f.setSummary("About " + title + ".");
        f.setDay(LocalDate.parse("2027-03-01"));
        f.setStart(LocalTime.parse(from));
        f.setEnd(LocalTime.parse(to));
        f.setTrackId(conferences.bySlug(slug).orElseThrow().track(track).orElseThrow().getId());
        f.setStatus(status);
        f.setStreamUrl("https://stream.example/" + title.toLowerCase().replace(' ', '-'));
        ids.put(title, programme.save(ora, slug, 0, f, FormatEditor.NONE).getId());
    }

    private Caller caller(String email) {
        var account = accounts.byEmail(email).orElseThrow();
        Map<Long, Set<Role>> roles = new HashMap<>();
        accounts.grantsOf(email).forEach(g -> roles.computeIfAbsent(g.getConferenceId(), k -> EnumSet.noneOf(Role.class)).add(g.getRole()));
        return new Caller(account.getId(), email, false, roles);
    }

    private static ConferenceForm form(String slug) {
        ConferenceForm f = new ConferenceForm();
        f.setSlug(slug);
        f.setTitle("Lab " + slug);
        f.setAcronym("LAB");
        f.setTimeZone("Europe/Paris");
        f.setFirstDay(LocalDate.parse("2027-03-01"));
        f.setLastDay(LocalDate.parse("2027-03-02"));
        f.setLanguages("en");
        return f;
    }
}

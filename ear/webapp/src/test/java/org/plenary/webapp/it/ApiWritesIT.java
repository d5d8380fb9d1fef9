package org.plenary.webapp.it;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
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
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.accounts.ApiToken;
import org.plenary.platform.accounts.ApiTokens;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.transfer.ConferenceImport;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes of the REST API as deployed, by every kind of caller: exactly those who may (by their role in the conference
 * of the URL) change anything; everyone else gets 401, 403 or 404 and changes nothing (read back). Errors come as
 * JSON by field, in English or French; hostile values are kept as inert text; oversized bodies and stale versions
 * are refused.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiWritesIT {

    /** The callers of the matrix. */
    enum Who {
        ADMIN, ORGANISER, OTHER_ORGANISER, MODERATOR, PARTICIPANT, ANONYMOUS, REVOKED;

        String email() {
            return name().toLowerCase().replace('_', '-') + "@writes.example";
        }
    }

    static final String PASSWORD = "marble heron autumn 4711";
    static final String MLW = "mlw2020";
    static final String OTHER = "other2021";
    /** The callers' tokens, made on the console page (in this JVM, the client's). */
    static final Map<Who, String> TOKENS = new EnumMap<>(Who.class);

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("plenary.war")))
                .addClasses(SignInClient.class, ApiClient.class, GeneratedConferences.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    Conferences conferences;

    @Inject
    ConferenceImport conferenceImport;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @ArquillianResource
    URL base;

    // ---- the callers --------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void callersOfEveryKind() {
        long other = conferenceImport.importConference(GeneratedConferences.generated(OTHER, 3)).conferenceId();
        long mlw = conferences.bySlug(MLW).orElseThrow().getId();
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                accounts.create(who.email(), who.name(), PASSWORD);
            }
        }
        accounts.grantPlatformRole(Who.ADMIN.email(), Role.ADMIN);
        accounts.grantInConference(Who.ORGANISER.email(), Role.ORGANISER, mlw);
        accounts.grantInConference(Who.OTHER_ORGANISER.email(), Role.ORGANISER, other);
        accounts.grantInConference(Who.MODERATOR.email(), Role.MODERATOR, mlw);
        accounts.grantInConference(Who.PARTICIPANT.email(), Role.PARTICIPANT, mlw);
        accounts.grantInConference(Who.REVOKED.email(), Role.ORGANISER, mlw);
    }

    @Test
    @Order(2)
    @RunAsClient
    void eachMakesATokenOnTheConsole() throws Exception {
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                TOKENS.put(who, ApiClient.tokenFromConsole(uri(), who.email(), PASSWORD, "matrix"));
            }
        }
    }

    @Test
    @Order(3)
    void oneTokenIsRevoked() {
        Account owner = accounts.byEmail(Who.REVOKED.email()).orElseThrow();
        Caller caller = new Caller(owner.getId(), owner.getEmail(), false, Map.of());
        for (ApiToken t : tokens.of(caller)) {
            tokens.revoke(caller, t.getId());
        }
    }

    // ---- people -------------------------------------------------------------------------------------------------

    @Test
    @Order(10)
    @RunAsClient
    void onlyThoseWhoKeepTheConferencesPeopleAddChangeAndDeleteThem() throws Exception {
        for (Who who : Who.values()) {
            HttpResponse<String> r = api(who).post(people(MLW), "{\"name\":\"Added by " + who + "\",\"country\":\"fr\"}");
            assertEquals(expected(who, 201), r.statusCode(), who + ": " + r.body());
            if (r.statusCode() == 201) {
                JsonObject p = ApiClient.object(r);
                assertEquals("FR", p.getString("country"));
                assertTrue(r.headers().firstValue("Location").orElse("").endsWith(people(MLW) + "/" + p.getJsonNumber("id")));
            } else {
                assertTrue(ApiClient.object(r).containsKey("error"), r.body());
            }
        }
        Set<String> names = names(MLW);
        assertTrue(names.containsAll(Set.of("Added by ADMIN", "Added by ORGANISER")), names::toString);
        assertEquals(2, names.stream().filter(n -> n.startsWith("Added by")).count(), names::toString);

        JsonObject target = ApiClient.object(api(Who.ORGANISER).post(people(MLW), "{\"name\":\"Target\",\"bio\":\"Kept\"}"));
        long id = target.getJsonNumber("id").longValue();
        for (Who who : Who.values()) {
            JsonObject before = person(MLW, id);
            HttpResponse<String> r = api(who).put(people(MLW) + "/" + id, "{\"name\":\"Renamed by " + who
                    + "\",\"version\":" + before.getJsonNumber("version") + "}");
            assertEquals(expected(who, 200), r.statusCode(), who + ": " + r.body());
            JsonObject after = person(MLW, id);
            if (r.statusCode() == 200) {
                assertEquals("Renamed by " + who, after.getString("name"));
                assertEquals(JsonValue.NULL, after.getOrDefault("bio", JsonValue.NULL), "a PUT replaces: no bio sent, none kept");
                assertEquals(after, ApiClient.object(r), "the answer is the person as now stored");
            } else {
                assertEquals(before, after, who + " changed nothing");
            }
        }
        for (Who who : Who.values()) {
            long victim = ApiClient.object(api(Who.ADMIN).post(people(MLW), "{\"name\":\"Victim of " + who + "\"}"))
                    .getJsonNumber("id").longValue();
            HttpResponse<String> r = api(who).delete(people(MLW) + "/" + victim);
            assertEquals(expected(who, 204), r.statusCode(), who + ": " + r.body());
            assertEquals(r.statusCode() == 204 ? 404 : 200, api(Who.ADMIN).get(people(MLW) + "/" + victim).statusCode(), who.name());
        }
        assertEquals(401, api(Who.ANONYMOUS).get(people(MLW)).statusCode(), "people are not public");
        assertEquals(404, api(Who.PARTICIPANT).get(people(MLW)).statusCode());
        assertEquals(403, api(Who.MODERATOR).get(people(MLW)).statusCode());
    }

    @Test
    @Order(11)
    @RunAsClient
    void anotherConferencesPeopleAreNotFoundWhateverTheId() throws Exception {
        long mlwPerson = ApiClient.object(api(Who.ORGANISER).post(people(MLW), "{\"name\":\"Mine\"}")).getJsonNumber("id").longValue();
        long otherPerson = ApiClient.array(api(Who.OTHER_ORGANISER).get(people(OTHER))).getJsonObject(0).getJsonNumber("id").longValue();

        assertEquals(404, api(Who.ORGANISER).get(people(MLW) + "/" + otherPerson).statusCode());
        assertEquals(404, api(Who.ORGANISER).put(people(MLW) + "/" + otherPerson, "{\"name\":\"Taken\",\"version\":1}").statusCode());
        assertEquals(404, api(Who.ORGANISER).delete(people(MLW) + "/" + otherPerson).statusCode());
        assertEquals(404, api(Who.OTHER_ORGANISER).put(people(OTHER) + "/" + mlwPerson, "{\"name\":\"Taken\",\"version\":1}").statusCode());
        assertEquals(404, api(Who.OTHER_ORGANISER).delete(people(OTHER) + "/" + mlwPerson).statusCode());
        assertEquals(404, api(Who.ORGANISER).post(people(OTHER), "{\"name\":\"Planted\"}").statusCode(),
                "a published conference where the caller has no role");
        assertEquals(404, api(Who.ADMIN).post(people("no-such-conference"), "{\"name\":\"Nobody\"}").statusCode());

        assertEquals("Mine", person(MLW, mlwPerson).getString("name"));
        assertFalse(names(OTHER).contains("Taken") || names(OTHER).contains("Planted"));
        assertTrue(ApiClient.array(api(Who.OTHER_ORGANISER).get(people(OTHER))).stream()
                .anyMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == otherPerson), "still there");

        HttpResponse<String> foreignOrganisation = api(Who.ORGANISER).post(people(MLW),
                "{\"name\":\"Joiner\",\"organisationId\":" + otherPerson + "}");
        assertEquals(400, foreignOrganisation.statusCode());
        assertEquals(List.of("organisationId: No such organisation in this conference."), ApiClient.problems(foreignOrganisation));
    }

    @Test
    @Order(12)
    @RunAsClient
    void aPersonWhoSpeaksIsNotDeleted() throws Exception {
        JsonObject speaker = ApiClient.array(api(Who.ORGANISER).get(people(MLW))).stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("Stefania Giannini")).findFirst().orElseThrow();
        HttpResponse<String> r = api(Who.ORGANISER).delete(people(MLW) + "/" + speaker.getJsonNumber("id"));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(ApiClient.problems(r).get(0).startsWith(": Stefania Giannini still speaks in "), r.body());
        assertEquals(speaker, person(MLW, speaker.getJsonNumber("id").longValue()));
    }

    // ---- errors -------------------------------------------------------------------------------------------------

    @Test
    @Order(20)
    @RunAsClient
    void problemsComeByFieldInTheCallersLanguage() throws Exception {
        String bad = "{\"name\":\" \",\"country\":\"France\",\"bio\":" + ApiClient.quote("x".repeat(4001)) + "}";
        HttpResponse<String> en = api(Who.ORGANISER).post(people(MLW), bad);
        assertEquals(400, en.statusCode());
        JsonObject body = ApiClient.object(en);
        assertEquals(400, body.getInt("status"));
        assertEquals("The change was refused: see the problems, field by field. Nothing was saved.", body.getString("error"));
        assertEquals(List.of("bio: size must be between 0 and 4000",
                "country: Not a country: two letters of ISO 3166, such as FR or KE.",
                "name: must not be blank"), ApiClient.problems(en));

        HttpResponse<String> fr = api(Who.ORGANISER).in("fr").post(people(MLW), bad);
        assertEquals(400, fr.statusCode());
        assertEquals("La modification a été refusée : voyez les problèmes, champ par champ. Rien n'a été enregistré.",
                ApiClient.object(fr).getString("error"));
        assertEquals(List.of("bio: la taille doit être comprise entre 0 et 4000",
                "country: Ce n'est pas un pays : deux lettres de l'ISO 3166, comme FR ou KE.",
                "name: ne doit pas être vide"), ApiClient.problems(fr));

        HttpResponse<String> types = api(Who.ORGANISER).post(people(MLW), "{\"name\":5,\"organisationId\":\"seven\",\"nmae\":\"typo\"}");
        assertEquals(List.of("name: Must be a text.", "nmae: Unknown field: remove it.", "organisationId: Must be a whole number."),
                ApiClient.problems(types));
        HttpResponse<String> typesFr = api(Who.ORGANISER).in("fr-CA").post(people(MLW), "{\"nmae\":\"typo\"}");
        assertEquals(List.of("nmae: Champ inconnu : retirez-le."), ApiClient.problems(typesFr));

        HttpResponse<String> malformed = api(Who.ORGANISER).post(people(MLW), "{\"name\": \"unfinished");
        assertEquals(400, malformed.statusCode());
        assertTrue(ApiClient.object(malformed).getString("error").startsWith("The body is not well-formed JSON"), malformed.body());
        assertFalse(malformed.body().contains("Exception"), malformed.body());
        HttpResponse<String> array = api(Who.ORGANISER).post(people(MLW), "[1,2]");
        assertEquals("The body must be a JSON object.", ApiClient.object(array).getString("error"));
        HttpResponse<String> none = api(Who.ORGANISER).post(people(MLW), "");
        assertEquals(400, none.statusCode(), none.body());

        HttpResponse<String> text = api(Who.ORGANISER).send("POST", people(MLW), HttpRequest.BodyPublishers.ofString("name=x"),
                false, Map.of("Content-Type", "text/plain"));
        assertEquals(415, text.statusCode());
        assertEquals(415, ApiClient.object(text).getInt("status"));

        HttpResponse<String> noVersion = api(Who.ORGANISER).put(people(MLW) + "/" + anyPerson(), "{\"name\":\"No version\"}");
        assertEquals(List.of("version: This field is required."), ApiClient.problems(noVersion));
        assertFalse(names(MLW).contains("No version"));
    }

    @Test
    @Order(21)
    @RunAsClient
    void hostileValuesAreKeptAsInertText() throws Exception {
        String script = "<script>alert('pwned')</script>";
        String sql = "Robert'); DROP TABLE person; --";
        for (String name : List.of(script, sql)) {
            HttpResponse<String> r = api(Who.ORGANISER).post(people(MLW), "{\"name\":" + ApiClient.quote(name) + "}");
            assertEquals(201, r.statusCode(), r.body());
            assertEquals(name, person(MLW, ApiClient.object(r).getJsonNumber("id").longValue()).getString("name"));
        }
        assertTrue(names(MLW).containsAll(List.of(script, sql)), "the table is still there, with both");
        HttpResponse<String> probe = api(Who.ORGANISER).get(people(MLW) + "/1%20OR%201=1");
        assertEquals(404, probe.statusCode());
    }

    @Test
    @Order(22)
    @RunAsClient
    void bodiesOverOneMegabyteAreRefused() throws Exception {
        String huge = "{\"name\":\"Huge\",\"bio\":" + ApiClient.quote("x".repeat(2 * 1024 * 1024)) + "}";
        HttpResponse<String> declared = api(Who.ORGANISER).post(people(MLW), huge);
        assertEquals(413, declared.statusCode());
        assertEquals("The request is too large: at most 1 MB.", ApiClient.object(declared).getString("error"));

        HttpResponse<String> chunked = api(Who.ORGANISER).send("POST", people(MLW),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())), true, Map.of());
        assertEquals(413, chunked.statusCode(), "without a Content-Length, cut off while read");
        assertFalse(names(MLW).contains("Huge"));
    }

    @Test
    @Order(23)
    @RunAsClient
    void aStaleVersionIsAConflict() throws Exception {
        JsonObject p = ApiClient.object(api(Who.ORGANISER).post(people(MLW), "{\"name\":\"Version one\"}"));
        String path = people(MLW) + "/" + p.getJsonNumber("id");
        long read = p.getJsonNumber("version").longValue();
        assertEquals(200, api(Who.ADMIN).put(path, "{\"name\":\"Admin was first\",\"version\":" + read + "}").statusCode());
        HttpResponse<String> late = api(Who.ORGANISER).put(path, "{\"name\":\"Organiser was late\",\"version\":" + read + "}");
        assertEquals(409, late.statusCode());
        assertTrue(ApiClient.object(late).getString("error").startsWith("Someone else changed this"), late.body());
        assertEquals(409, api(Who.ORGANISER).delete(path + "?version=" + read).statusCode());
        assertEquals("Admin was first", person(MLW, p.getJsonNumber("id").longValue()).getString("name"));
    }

    @Test
    @Order(24)
    @RunAsClient
    void aSignedInBrowserWritesFromThePlatformsPagesOnly() throws Exception {
        SignInClient browser = new SignInClient(uri());
        assertEquals(302, browser.signIn(Who.ORGANISER.email(), PASSWORD).statusCode());
        ApiClient page = ApiClient.asBrowser(uri(), browser);
        assertEquals(201, page.post(people(MLW), "{\"name\":\"From the console\"}").statusCode());
        HttpResponse<String> elsewhere = page.send("POST", people(MLW), "{\"name\":\"From elsewhere\"}",
                Map.of("Origin", "https://evil.example"));
        assertEquals(403, elsewhere.statusCode());
        assertTrue(names(MLW).contains("From the console"));
        assertFalse(names(MLW).contains("From elsewhere"));

        HttpResponse<String> garbage = new ApiClient(uri(), "plt_not-a-real-token", "en").get("conferences/" + MLW);
        assertEquals(401, garbage.statusCode());
        HttpResponse<String> basic = api(Who.ANONYMOUS).send("GET", "conferences/" + MLW, null, Map.of("Authorization", "Basic YTpi"));
        assertEquals(401, basic.statusCode());
        HttpResponse<String> anonymous = api(Who.ANONYMOUS).post(people(MLW), "{\"name\":\"Anon\"}");
        assertEquals(401, anonymous.statusCode());
        assertEquals("Bearer realm=\"plenary\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    // ---- conferences --------------------------------------------------------------------------------------------

    @Test
    @Order(30)
    @RunAsClient
    void administratorsAndOrganisersCreateConferencesAndOrganiseThem() throws Exception {
        long version = -1;
        for (Who who : Who.values()) {
            HttpResponse<String> r = api(who).post("conferences", newConference(slugBy(who)));
            int expected = switch (who) {
                case ADMIN, ORGANISER, OTHER_ORGANISER -> 201;
                case MODERATOR, PARTICIPANT -> 403;
                case ANONYMOUS, REVOKED -> 401;
            };
            assertEquals(expected, r.statusCode(), who + ": " + r.body());
            if (expected == 201) {
                JsonObject c = ApiClient.object(r);
                assertEquals(slugBy(who), c.getString("slug"));
                assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/api/v1/conferences/" + slugBy(who)));
                if (who == Who.ORGANISER) {
                    version = c.getJsonNumber("version").longValue();
                }
            }
        }
        assertEquals(404, api(Who.ANONYMOUS).get("conferences/" + slugBy(Who.ORGANISER)).statusCode(), "not published yet");
        HttpResponse<String> renamed = api(Who.ORGANISER).put("conferences/" + slugBy(Who.ORGANISER),
                newConference(null).replace("\"version\":0", "\"version\":" + version).replace("Created", "Renamed"));
        assertEquals(200, renamed.statusCode(), "its creator organises it: " + renamed.body());
        assertEquals("Renamed by API", ApiClient.object(renamed).getString("title"));
        assertEquals(404, api(Who.OTHER_ORGANISER).put("conferences/" + slugBy(Who.ORGANISER),
                newConference(null).replace("Created", "Taken")).statusCode(), "nobody else does");
        assertEquals(400, api(Who.ADMIN).post("conferences", newConference(slugBy(Who.ADMIN))).statusCode(), "a slug once");
        HttpResponse<String> bad = api(Who.ADMIN).post("conferences", "{\"slug\":\"Bad Slug\",\"title\":\"\",\"timeZone\":\"Mars/Olympus\","
                + "\"firstDay\":\"2031-05-02\",\"lastDay\":\"2031-05-01\",\"languages\":[\"en\"]}");
        assertEquals(List.of("lastDay: the last day must not come before the first day",
                "slug: must be 2 to 60 lower-case letters, digits or hyphens, starting with a letter or digit",
                "timeZone: is not a time zone such as Europe/Paris or UTC",
                "title: must not be blank"), ApiClient.problems(bad));
    }

    @Test
    @Order(31)
    @RunAsClient
    void onlyThoseWhoMayChangeAConferenceChangeOrPublishIt() throws Exception {
        for (Who who : Who.values()) {
            JsonObject before = mlw();
            HttpResponse<String> r = api(who).put("conferences/" + MLW, conferenceAsIs(before, "Title by " + who));
            assertEquals(expected(who, 200), r.statusCode(), who + ": " + r.body());
            JsonObject after = mlw();
            if (r.statusCode() == 200) {
                assertEquals("Title by " + who, after.getString("title"));
                assertEquals(before.getJsonNumber("version").longValue() + 1, after.getJsonNumber("version").longValue());
            } else {
                assertEquals(before, after, who + " changed nothing");
            }
            HttpResponse<String> publish = api(who).post("conferences/" + MLW + "/publish", null);
            assertEquals(expected(who, 200), publish.statusCode(), who + ": " + publish.body());
            if (publish.statusCode() != 200) {
                assertEquals(after, mlw(), who + " changed nothing");
            }
        }
        JsonObject now = mlw();
        HttpResponse<String> stale = api(Who.ORGANISER).put("conferences/" + MLW, conferenceAsIs(now, "Late")
                .replace("\"version\":" + now.getJsonNumber("version"), "\"version\":" + (now.getJsonNumber("version").longValue() - 1)));
        assertEquals(409, stale.statusCode(), stale.body());
        HttpResponse<String> slug = api(Who.ORGANISER).put("conferences/" + MLW, conferenceAsIs(now, "Moved")
                .replace("\"slug\":\"mlw2020\"", "\"slug\":\"elsewhere\""));
        assertEquals(List.of("slug: A conference's address (slug) never changes: leave it out, or send the one in the URL."),
                ApiClient.problems(slug));
        HttpResponse<String> fr = api(Who.ORGANISER).in("fr").put("conferences/" + MLW, conferenceAsIs(now, "Rien")
                .replace("Europe/Paris", "Mars/Olympus"));
        assertEquals(List.of("timeZone: n'est pas un fuseau horaire comme Europe/Paris ou UTC"), ApiClient.problems(fr));
        assertEquals(now, mlw());

        HttpResponse<String> noDays = api(Who.ORGANISER).post("conferences/" + slugBy(Who.ORGANISER) + "/publish", null);
        assertEquals(List.of(": Add at least one day before publishing the conference."), ApiClient.problems(noDays));
    }

    // ---- sessions -----------------------------------------------------------------------------------------------

    @Test
    @Order(40)
    @RunAsClient
    void onlyThoseWhoEditTheProgrammeAddChangeAndDeleteSessions() throws Exception {
        for (Who who : Who.values()) {
            HttpResponse<String> r = api(who).post(sessions(MLW), newSession("Session by " + who, "07:00", "07:30"));
            assertEquals(expected(who, 201), r.statusCode(), who + ": " + r.body());
        }
        Set<String> titles = titles(MLW);
        assertTrue(titles.containsAll(Set.of("Session by ADMIN", "Session by ORGANISER")), titles::toString);
        assertEquals(2, titles.stream().filter(t -> t.startsWith("Session by")).count(), titles::toString);

        long id = ApiClient.object(api(Who.ORGANISER).post(sessions(MLW), newSession("Target", "08:00", "08:15")))
                .getJsonNumber("id").longValue();
        for (Who who : Who.values()) {
            JsonObject before = session(id);
            HttpResponse<String> r = api(who).put(sessions(MLW) + "/" + id, newSession("Moved by " + who, "08:00", "08:20")
                    .replace("}", ",\"version\":" + before.getJsonNumber("version") + "}"));
            assertEquals(expected(who, 200), r.statusCode(), who + ": " + r.body());
            JsonObject after = session(id);
            if (r.statusCode() == 200) {
                assertEquals("Moved by " + who, after.getString("title"));
                assertEquals("08:20", after.getString("end"));
            } else {
                assertEquals(before, after, who + " changed nothing");
            }
        }
        for (Who who : Who.values()) {
            long victim = ApiClient.object(api(Who.ADMIN).post(sessions(MLW), newSession("Doomed " + who, "06:00", "06:10")))
                    .getJsonNumber("id").longValue();
            HttpResponse<String> r = api(who).delete(sessions(MLW) + "/" + victim);
            assertEquals(expected(who, 204), r.statusCode(), who + ": " + r.body());
            assertEquals(r.statusCode() == 204 ? 404 : 200, api(Who.ADMIN).get(sessions(MLW) + "/" + victim).statusCode(), who.name());
        }
    }

    @Test
    @Order(41)
    @RunAsClient
    void anotherConferencesSessionsPeopleAndTracksAreNotTakenWhateverTheId() throws Exception {
        JsonObject otherSession = ApiClient.array(api(Who.ANONYMOUS).get(sessions(OTHER))).getJsonObject(0);
        long otherId = otherSession.getJsonNumber("id").longValue();
        long otherPerson = ApiClient.array(api(Who.OTHER_ORGANISER).get(people(OTHER))).getJsonObject(0).getJsonNumber("id").longValue();
        long otherTrack = ApiClient.object(api(Who.ANONYMOUS).get("conferences/" + OTHER)).getJsonArray("tracks")
                .getJsonObject(0).getJsonNumber("id").longValue();

        assertEquals(404, api(Who.ORGANISER).get(sessions(MLW) + "/" + otherId).statusCode());
        assertEquals(404, api(Who.ORGANISER).put(sessions(MLW) + "/" + otherId,
                newSession("Hijacked", "09:00", "09:10").replace("}", ",\"version\":1}")).statusCode());
        assertEquals(404, api(Who.ORGANISER).delete(sessions(MLW) + "/" + otherId).statusCode());
        HttpResponse<String> foreign = api(Who.ORGANISER).post(sessions(MLW), newSession("Borrowing", "09:00", "09:10")
                .replace("}", ",\"speakerIds\":[" + otherPerson + "],\"trackId\":" + otherTrack + "}"));
        assertEquals(List.of("speakerIds: Choose speakers among the conference's people.",
                "trackId: Choose one of the conference's tracks."), ApiClient.problems(foreign));
        assertEquals(otherSession, ApiClient.array(api(Who.ANONYMOUS).get(sessions(OTHER))).getJsonObject(0));
        assertFalse(titles(MLW).contains("Borrowing"));
    }

    @Test
    @Order(42)
    @RunAsClient
    void sessionProblemsHostileTitlesAndStaleVersions() throws Exception {
        String bad = "{\"formatId\":\"keynote\",\"title\":\" \",\"day\":\"2020-10-20\",\"start\":\"10:00\",\"end\":\"09:00\"}";
        assertEquals(List.of("end: the session must end after it starts", "title: must not be blank"),
                ApiClient.problems(api(Who.ORGANISER).post(sessions(MLW), bad)));
        assertEquals(List.of("end: la session doit finir après son début", "title: ne doit pas être vide"),
                ApiClient.problems(api(Who.ORGANISER).in("fr").post(sessions(MLW), bad)));
        assertEquals(List.of("start: Not a time (HH:MM).", "status: Must be one of: DRAFT, SCHEDULED, LIVE, ENDED, CANCELLED."),
                ApiClient.problems(api(Who.ORGANISER).post(sessions(MLW),
                        newSession("Odd", "25:00", "09:00").replace("}", ",\"status\":\"SOMETIMES\"}"))));

        String script = "<script>alert('pwned')</script>";
        String sql = "x'; DELETE FROM programme_session; --";
        for (String title : List.of(script, sql)) {
            HttpResponse<String> r = api(Who.ORGANISER).post(sessions(MLW), newSession(title, "18:00", "18:10"));
            assertEquals(201, r.statusCode(), r.body());
            assertEquals(title, session(ApiClient.object(r).getJsonNumber("id").longValue()).getString("title"));
        }
        assertTrue(titles(MLW).containsAll(List.of(script, sql)));
        String page = api(Who.ANONYMOUS).getPage("programme.xhtml?c=" + MLW).body();
        assertTrue(page.contains("&lt;script&gt;alert("), "shown as text on the programme");
        assertFalse(page.contains(script), "never as a script");
        assertTrue(ApiClient.array(api(Who.ANONYMOUS).get(sessions(MLW))).size() > 35, "no session was deleted by SQL");

        JsonObject s = ApiClient.object(api(Who.ORGANISER).post(sessions(MLW), newSession("Contested", "19:00", "19:10")));
        String path = sessions(MLW) + "/" + s.getJsonNumber("id");
        String read = ",\"version\":" + s.getJsonNumber("version") + "}";
        assertEquals(200, api(Who.ADMIN).put(path, newSession("Admin's", "19:00", "19:10").replace("}", read)).statusCode());
        assertEquals(409, api(Who.ORGANISER).put(path, newSession("Organiser's", "19:00", "19:10").replace("}", read)).statusCode());
        assertEquals(409, api(Who.ORGANISER).delete(path + "?version=" + s.getJsonNumber("version")).statusCode());
        assertEquals("Admin's", session(s.getJsonNumber("id").longValue()).getString("title"));
    }

    @Test
    @Order(90)
    void refusedCallersLeftNoTrace() {
        for (Who who : List.of(Who.MODERATOR, Who.PARTICIPANT, Who.ANONYMOUS, Who.REVOKED)) {
            assertTrue(conferences.bySlug(slugBy(who)).isEmpty(), who.name());
        }
        List<String> actions = em.createQuery("select distinct e.action from AuditEntry e where e.actor in :refused", String.class)
                .setParameter("refused", List.of(Who.MODERATOR.email(), Who.PARTICIPANT.email(), Who.REVOKED.email()))
                .getResultList();
        assertEquals(Set.of("token.create", "token.revoke"), Set.copyOf(actions),
                "they made their tokens (one was revoked), and nothing else");
        assertEquals(0, em.createQuery("select count(p) from Person p where p.name like 'Added by %' and p.name not in"
                + " ('Added by ADMIN', 'Added by ORGANISER')", Long.class).getSingleResult());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /**
     * What the caller gets for a write on mlw2020 that an organiser there may make: a moderator holds a console
     * role there (403); a participant or another conference's organiser holds none, so the conference is not found
     * for them (404), as in the console.
     */
    static int expected(Who who, int success) {
        return switch (who) {
            case ADMIN, ORGANISER -> success;
            case MODERATOR -> 403;
            case OTHER_ORGANISER, PARTICIPANT -> 404;
            case ANONYMOUS, REVOKED -> 401;
        };
    }

    ApiClient api(Who who) throws Exception {
        return new ApiClient(uri(), TOKENS.get(who), "en");
    }

    URI uri() throws Exception {
        return base.toURI();
    }

    static String slugBy(Who who) {
        return "by-" + who.name().toLowerCase().replace('_', '-');
    }

    static String newConference(String slug) {
        return "{" + (slug == null ? "" : "\"slug\":\"" + slug + "\",") + "\"title\":\"Created by API\","
                + "\"timeZone\":\"Africa/Nairobi\",\"firstDay\":\"2031-05-01\",\"lastDay\":\"2031-05-02\","
                + "\"languages\":[\"en\",\"sw\"],\"version\":0}";
    }

    /** The conference as read, with another title: what a client sends back to change it. */
    static String conferenceAsIs(JsonObject c, String title) {
        return jakarta.json.Json.createObjectBuilder().add("slug", c.getString("slug")).add("title", title)
                .add("acronym", c.getString("acronym", "")).add("description", c.getString("description", ""))
                .add("timeZone", c.getString("timeZone")).add("firstDay", c.getString("firstDay"))
                .add("lastDay", c.getString("lastDay")).add("languages", c.getJsonArray("languages"))
                .add("version", c.getJsonNumber("version")).build().toString();
    }

    JsonObject mlw() throws Exception {
        return ApiClient.object(api(Who.ANONYMOUS).get("conferences/" + MLW));
    }

    static String sessions(String slug) {
        return "conferences/" + slug + "/sessions";
    }

    static String newSession(String title, String start, String end) {
        return "{\"formatId\":\"keynote\",\"title\":" + ApiClient.quote(title) + ",\"day\":\"2020-10-13\","
                + "\"start\":\"" + start + "\",\"end\":\"" + end + "\"}";
    }

    /** A session read back as an administrator. */
    JsonObject session(long id) throws Exception {
        HttpResponse<String> r = api(Who.ADMIN).get(sessions(MLW) + "/" + id);
        assertEquals(200, r.statusCode(), r.body());
        return ApiClient.object(r);
    }

    Set<String> titles(String slug) throws Exception {
        return ApiClient.array(api(Who.ANONYMOUS).get(sessions(slug))).stream()
                .map(p -> p.asJsonObject().getString("title")).collect(java.util.stream.Collectors.toSet());
    }

    static String people(String slug) {
        return "conferences/" + slug + "/people";
    }

    /** A person read back as an administrator. */
    JsonObject person(String slug, long id) throws Exception {
        HttpResponse<String> r = api(Who.ADMIN).get(people(slug) + "/" + id);
        assertEquals(200, r.statusCode(), r.body());
        return ApiClient.object(r);
    }

    Set<String> names(String slug) throws Exception {
        return ApiClient.array(api(Who.ADMIN).get(people(slug))).stream()
                .map(p -> p.asJsonObject().getString("name")).collect(java.util.stream.Collectors.toSet());
    }

    long anyPerson() throws Exception {
        return ApiClient.array(api(Who.ADMIN).get(people(MLW))).getJsonObject(0).getJsonNumber("id").longValue();
    }
}

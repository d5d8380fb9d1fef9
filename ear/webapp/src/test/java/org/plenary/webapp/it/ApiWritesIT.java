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
        assertEquals(403, api(Who.PARTICIPANT).get(people(MLW)).statusCode());
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
        assertEquals(403, api(Who.ORGANISER).post(people(OTHER), "{\"name\":\"Planted\"}").statusCode(),
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

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** What the caller gets for a write on mlw2020 that an organiser there may make. */
    static int expected(Who who, int success) {
        return switch (who) {
            case ADMIN, ORGANISER -> success;
            case OTHER_ORGANISER, MODERATOR, PARTICIPANT -> 403;
            case ANONYMOUS, REVOKED -> 401;
        };
    }

    ApiClient api(Who who) throws Exception {
        return new ApiClient(uri(), TOKENS.get(who), "en");
    }

    URI uri() throws Exception {
        return base.toURI();
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

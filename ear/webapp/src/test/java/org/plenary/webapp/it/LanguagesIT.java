package org.plenary.webapp.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.plenary.platform.transfer.ConferenceExport;
import org.plenary.platform.transfer.ConferenceImport;
import org.plenary.platform.transfer.InvalidImport;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Languages over HTTP, as a browser or a program asks: a first visit follows Accept-Language, {@code ?lang=} is an
 * explicit choice kept in a cookie (never in an HTTP session), a conference's main language answers when nothing
 * names one, translated titles show with the original as fallback, the API's errors follow Accept-Language, and
 * translations travel through export and import.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LanguagesIT {

    private static final Pattern HTML = Pattern.compile("<html[^>]*>");

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("plenary.war")))
                .addClasses(ApiClient.class, SignInClient.class);
    }

    @Inject
    ConferenceImport importer;

    @Inject
    ConferenceExport export;

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

    /** A small conference written in French first, with English and Arabic as its other languages. */
    static JsonObject francophone() {
        return Json.createReader(new StringReader("""
                {"plenaryExport": 1,
                 "conference": {"slug": "colloque", "title": "Colloque sur l'apprentissage à distance", "timeZone": "Africa/Dakar",
                   "firstDay": "2021-03-01", "lastDay": "2021-03-01", "languages": ["fr", "en", "ar"], "formats": ["keynote"],
                   "description": "Une journée d'échanges.",
                   "translations": {"en": {"title": "Symposium on distance learning", "description": "A day of exchanges."},
                                    "ar": {"title": "ندوة حول التعلم عن بعد"}}},
                 "days": [{"date": "2021-03-01"}], "tracks": [], "organisations": [], "people": [],
                 "sessions": [
                   {"key": "ouverture", "title": "Ouverture", "abstract": "Mot de bienvenue.", "format": "keynote",
                    "start": "2021-03-01T09:00", "end": "2021-03-01T09:30", "status": "SCHEDULED",
                    "translations": {"en": {"title": "Opening", "summary": "Words of welcome."}, "ar": {"title": "الافتتاح"}}},
                   {"key": "cloture", "title": "Clôture", "format": "keynote",
                    "start": "2021-03-01T17:00", "end": "2021-03-01T17:30", "status": "SCHEDULED"}]}
                """)).readObject();
    }

    @Test
    @Order(1)
    void translationsTravelThroughExportAndImport() {
        importer.importConference(francophone());
        JsonObject exported = export.export("colloque").orElseThrow();
        JsonObject opening = exported.getJsonArray("sessions").getJsonObject(0);
        assertAll(
                () -> assertEquals("{\"ar\":{\"title\":\"ندوة حول التعلم عن بعد\"},\"en\":{\"title\":\"Symposium on distance learning\","
                        + "\"description\":\"A day of exchanges.\"}}", exported.getJsonObject("conference").getJsonObject("translations").toString()),
                () -> assertEquals("{\"ar\":{\"title\":\"الافتتاح\"},\"en\":{\"title\":\"Opening\",\"summary\":\"Words of welcome.\"}}",
                        opening.getJsonObject("translations").toString()),
                () -> assertFalse(exported.getJsonArray("sessions").getJsonObject(1).containsKey("translations"),
                        "no translations, no field"));

        JsonObject copy = Json.createObjectBuilder(exported).add("conference",
                Json.createObjectBuilder(exported.getJsonObject("conference")).add("slug", "colloque-copie")).build();
        importer.importConference(copy);
        JsonObject again = export.export("colloque-copie").orElseThrow();
        assertEquals(exported.getJsonObject("conference").getJsonObject("translations"),
                again.getJsonObject("conference").getJsonObject("translations"));
        assertEquals(exported.getJsonArray("sessions").getJsonObject(0).getJsonObject("translations"),
                again.getJsonArray("sessions").getJsonObject(0).getJsonObject("translations"));
    }

    @Test
    @Order(2)
    void translationsIntoOtherLanguagesOrWithoutATitleAreRefused() {
        JsonObject file = francophone();
        JsonObject bad = Json.createObjectBuilder(file)
                .add("conference", Json.createObjectBuilder(file.getJsonObject("conference")).add("slug", "colloque-refuse")
                        .add("translations", Json.createObjectBuilder().add("de", Json.createObjectBuilder().add("title", "Kolloquium"))))
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder(file.getJsonArray("sessions").getJsonObject(0))
                        .add("translations", Json.createObjectBuilder()
                                .add("fr", Json.createObjectBuilder().add("title", "Ouverture bis"))
                                .add("en", Json.createObjectBuilder().add("summary", "No title"))
                                .add("ar", "الافتتاح"))))
                .build();
        List<String> problems = assertThrows(InvalidImport.class, () -> importer.importConference(bad)).problems();
        assertEquals(List.of(
                "conference.translations.de: 'de' is not one of the conference's other languages [en, ar]",
                "sessions[0].translations.ar: must be an object",
                "sessions[0].translations.en.title: is required",
                "sessions[0].translations.fr: 'fr' is not one of the conference's other languages [en, ar]"),
                problems.stream().sorted().toList());
    }

    @Test
    @Order(10)
    @RunAsClient
    void aFirstVisitFollowsAcceptLanguage() throws Exception {
        HttpResponse<String> french = page("programme.xhtml?c=mlw2020", "fr-FR,fr;q=0.9,en;q=0.8", null);
        HttpResponse<String> arabic = page("programme.xhtml?c=mlw2020", "ar-EG,ar;q=0.9", null);
        HttpResponse<String> german = page("programme.xhtml?c=mlw2020", "de-DE,de;q=0.9", null);
        assertAll(
                () -> assertEquals("<html lang=\"fr\" dir=\"ltr\">", html(french)),
                () -> assertTrue(french.body().contains(">Cérémonie d'ouverture</a>") || french.body().contains(">Cérémonie d&#39;ouverture</a>"),
                        "the French title of the opening"),
                () -> assertTrue(french.body().contains("lang=\"en\" dir=\"ltr\">Workshop (Ericsson)</a>"), "no French title: the original, marked English"),
                () -> assertEquals("<html lang=\"ar\" dir=\"rtl\">", html(arabic)),
                () -> assertTrue(arabic.body().contains("<h1>البرنامج"), "the heading in Arabic"),
                () -> assertTrue(arabic.body().contains(">Opening ceremony</a>"), "no Arabic title: the original"),
                () -> assertTrue(arabic.body().contains("كلمة رئيسية"), "the keynote plugin's name in Arabic"),
                () -> assertEquals("<html lang=\"en\" dir=\"ltr\">", html(german), "not spoken here: the conference's main language"));
    }

    @Test
    @Order(11)
    @RunAsClient
    void anExplicitChoiceIsKeptInACookieAndNeverInAnHttpSession() throws Exception {
        HttpResponse<String> chosen = page("conference.xhtml?c=mlw2020&lang=ar", "fr", null);
        List<String> cookies = chosen.headers().allValues("Set-Cookie");
        assertAll(
                () -> assertEquals("<html lang=\"ar\" dir=\"rtl\">", html(chosen)),
                () -> assertTrue(cookies.stream().anyMatch(c -> c.startsWith("plenary-lang=ar")), cookies::toString),
                () -> assertTrue(cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")), cookies::toString),
                () -> assertTrue(chosen.body().contains("aria-current=\"true\">العربية</a>"), "the picker marks Arabic"),
                () -> assertTrue(chosen.body().contains("href=\"" + base.getPath() + "conference.xhtml?c=mlw2020&amp;lang=fr\""),
                        "the picker links to this page in French"));

        HttpResponse<String> later = page("programme.xhtml?c=mlw2020", "fr", "plenary-lang=ar");
        assertEquals("<html lang=\"ar\" dir=\"rtl\">", html(later), "the cookie wins over Accept-Language");
        HttpResponse<String> unknown = page("programme.xhtml?c=mlw2020&lang=xx", "fr", "plenary-lang=zz");
        assertEquals("<html lang=\"fr\" dir=\"ltr\">", html(unknown), "languages not spoken are ignored");
        assertTrue(unknown.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("plenary-lang")));
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(base.toURI().resolve("programme.xhtml?c=no-such&lang=fr"))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertAll("a page not found, in the language chosen",
                () -> assertEquals(404, missing.statusCode()),
                () -> assertTrue(missing.body().contains("<h1>Page introuvable</h1>"), missing.body()),
                () -> assertTrue(missing.body().contains("href=\"" + base.getPath() + "programme.xhtml?"), "the picker links to the address asked for"),
                () -> assertFalse(Pattern.compile("href=\"[^\"]*WEB-INF").matcher(missing.body()).find(),
                        "never to the error page itself"));
        HttpResponse<String> home = page("?lang=fr", "en", null);
        assertTrue(home.body().contains("<h1>Conférences</h1>"), "the home page in French");
    }

    @Test
    @Order(12)
    @RunAsClient
    void withoutAnyLanguageAConferenceSpeaksItsMainOne() throws Exception {
        HttpResponse<String> page = page("conference.xhtml?c=colloque", null, null);
        HttpResponse<String> english = page("conference.xhtml?c=colloque", "en", null);
        HttpResponse<String> arabic = page("session.xhtml?id=" + sessionId("colloque"), "ar", null);
        assertAll(
                () -> assertEquals("<html lang=\"fr\" dir=\"ltr\">", html(page)),
                () -> assertTrue(page.body().contains("Colloque sur l"), "the original title"),
                () -> assertTrue(english.body().contains("<h1 lang=\"en\" dir=\"ltr\">Symposium on distance learning</h1>"), english.body()),
                () -> assertTrue(english.body().contains("A day of exchanges."), "the English description"),
                () -> assertTrue(arabic.body().contains("<h1 lang=\"ar\" dir=\"rtl\">الافتتاح</h1>"), "the Arabic title"),
                () -> assertTrue(arabic.body().contains("<div lang=\"fr\" dir=\"ltr\"><p>Mot de bienvenue.</p>"),
                        "no Arabic abstract: the original, marked French and left to right"),
                () -> assertTrue(arabic.body().contains("الاثنين، 1 مارس 2021، 09:00–09:30"), "the date in Arabic, with Arabic commas"));
    }

    @Test
    @Order(13)
    @RunAsClient
    void theApiAnswersInTheLanguageOfAcceptLanguage() throws Exception {
        URI root = base.toURI();
        HttpResponse<String> arabic = ApiClient.anonymous(root).in("ar").post("conferences/mlw2020/people", "{\"name\":\"x\"}");
        HttpResponse<String> french = ApiClient.anonymous(root).in("fr-CA").post("conferences/mlw2020/people", "{\"name\":\"x\"}");
        assertEquals(401, arabic.statusCode());
        assertEquals("تتطلب التغييرات رمزًا لواجهة البرمجة (Authorization: Bearer …) أو جلسة مسجّلة الدخول.",
                ApiClient.object(arabic).getString("error"));
        assertEquals("Les modifications demandent un jeton d'API (Authorization: Bearer …) ou une session connectée.",
                ApiClient.object(french).getString("error"));
    }

    private long sessionId(String slug) throws Exception {
        HttpResponse<String> sessions = page("api/v1/conferences/" + slug + "/sessions", "en", null);
        return ApiClient.array(sessions).getJsonObject(0).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> page(String path, String acceptLanguage, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response;
    }

    /** The {@code lang} and {@code dir} of the page's {@code <html>} element, as {@code <html lang="fr" dir="ltr">}. */
    private static String html(HttpResponse<String> page) {
        Matcher m = HTML.matcher(page.body());
        if (!m.find()) {
            return "no <html> element";
        }
        return "<html lang=\"" + attribute(m.group(), "lang") + "\" dir=\"" + attribute(m.group(), "dir") + "\">";
    }

    private static String attribute(String element, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(element);
        return m.find() ? m.group(1) : "";
    }
}

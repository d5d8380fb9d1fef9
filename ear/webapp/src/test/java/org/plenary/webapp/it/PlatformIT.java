package org.plenary.webapp.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.formats.keynote.KeynoteMaterials;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.demo.DemoProgramme;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.formats.RegisteredFormat;
import org.plenary.platform.persistence.StatementCounter;
import org.plenary.platform.programme.Programme;
import org.plenary.platform.programme.Session;
import org.plenary.platform.programme.DetachedData;
import org.plenary.platform.transfer.ConferenceExport;
import org.plenary.platform.transfer.ConferenceImport;
import org.plenary.platform.transfer.InvalidImport;
import org.plenary.platform.web.ProgrammeView;
import org.plenary.spi.ConferencePeople;
import org.plenary.spi.FormatState;
import org.plenary.spi.PersonRef;
import org.plenary.webapp.it.broken.FailingStartFormat;
import org.plenary.webapp.it.naming.RosterFormat;

import jakarta.transaction.UserTransaction;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform as deployed, with a JAR of deliberately broken format plugins beside the real ones: the registry,
 * per-plugin migrations and persistence, the demo import, imports of bad files, the REST API and the pages' fallback.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("plenary.war")));
        JavaArchive broken = ShrinkWrap.create(JavaArchive.class, "broken-formats.jar")
                .addPackage(FailingStartFormat.class.getPackage())
                .addAsResource("db/migration/bad-migration/V1__broken.sql")
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        JavaArchive naming = ShrinkWrap.create(JavaArchive.class, "naming-formats.jar")
                .addPackage(RosterFormat.class.getPackage())
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        return war.addAsLibrary(broken).addAsLibrary(naming).addClasses(GeneratedConferences.class, Exports.class);
    }

    @Inject
    FormatRegistry registry;

    @Inject
    ConferenceImport importer;

    @Inject
    Conferences conferences;

    @Inject
    Programme programme;

    @Inject
    DemoProgramme demo;

    @Inject
    KeynoteMaterials keynoteMaterials;

    @Inject
    ConferenceExport export;

    @Inject
    DetachedData detached;

    @Inject
    RosterFormat roster;

    @Inject
    ConferencePeople conferencePeople;

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void eachBrokenPluginEndsFailedWithItsReason() {
        Map<String, RegisteredFormat> formats = registry.all().stream()
                .collect(Collectors.toMap(RegisteredFormat::id, f -> f));
        assertFailed(formats.get("broken"), "it failed to start: IllegalStateException: the stream server is unreachable");
        assertFailed(formats.get("from-the-future"), "requires core [9.0,) but this is core 1.0.0");
        assertFailed(formats.get("orphan"), "requires format 'absent-format', which is not installed");
        assertFailed(formats.get("twin"), "id 'twin' is provided by 2 plugins: org.plenary.webapp.it.broken.TwinOneFormat,"
                + " org.plenary.webapp.it.broken.TwinTwoFormat");
        assertFailed(formats.get("misplaced"), "its pages must live under /pages/misplaced/ or /console/formats/misplaced/:"
                + " [/pages/keynote/hall.xhtml]");
        assertTrue(formats.get("bad-migration").reason().startsWith("its migrations failed:"),
                formats.get("bad-migration").reason());
        assertEquals(FormatState.FAILED, formats.get("bad-migration").state());
    }

    @Test
    @Order(2)
    void healthyFormatsStartDependenciesIncluded() {
        RegisteredFormat keynote = registry.find("keynote").orElseThrow();
        assertEquals(FormatState.STARTED, keynote.state());
        assertEquals(1, keynote.migrationsApplied());
        assertEquals("Keynote", keynote.displayName(Locale.ENGLISH));
        assertEquals("Allocution liminaire", keynote.displayName(Locale.FRENCH));
        assertEquals(FormatState.STARTED, registry.find("keynote-companion").orElseThrow().state());
    }

    @Test
    @Order(3)
    void eachPluginHasItsOwnHistoryTableAndTables() throws Exception {
        DataSource ds = InitialContext.doLookup("java:comp/DefaultDataSource");
        try (Connection c = ds.getConnection()) {
            assertEquals(1, count(c, "select count(*) from \"fmt_keynote_schema_history\" where \"success\" and \"version\" = '1'"));
            assertEquals(1, count(c, "select count(*) from \"plenary_schema_history\" where \"success\" and \"version\" = '1'"));
            assertEquals(0, count(c, "select count(*) from \"fmt_bad_migration_schema_history\" where \"success\" and \"version\" = '1'"),
                    "a failed migration is not recorded as applied (H2 records the failure; PostgreSQL rolls it back)");
            assertEquals(0, count(c, "select count(*) from information_schema.tables where lower(table_name) like 'fmt_broken%'"
                    + " and lower(table_name) <> 'fmt_broken_schema_history'"), "a plugin with no migrations gets no tables");
        }
    }

    @Test
    @Order(4)
    void theDemoHoldsTheWholeMlw2020ProgrammeOnce() {
        Conference mlw = conferences.publishedWithProgrammeFrame("mlw2020").orElseThrow();
        assertEquals(ZoneId.of("Europe/Paris"), mlw.zone());
        assertEquals(List.of("Effective policies", "Innovative solutions", "Preparing for the future"),
                mlw.getDays().stream().map(d -> d.getTheme()).toList());
        List<Session> sessions = programme.publicSessions(mlw);
        assertEquals(35, sessions.size());
        assertEquals("Opening ceremony", sessions.get(0).getTitle());
        assertEquals("2020-10-12T08:30:00Z", sessions.get(0).getStart().toString());
        assertEquals("Stefania Giannini", sessions.get(0).getSpeakers().get(0).getName());
        var day2 = ProgrammeView.of(mlw, sessions, mlw.zone(), Locale.ENGLISH, id -> id).get(1);
        var workshops = day2.slots().stream().filter(s -> s.time().startsWith("14:00")).findFirst().orElseThrow();
        assertEquals(List.of("workshop", "workshop", "workshop"), workshops.cards().stream().map(ProgrammeView.Card::formatId).toList());
        assertEquals(2, keynoteMaterials.of(sessions.get(0).getId()).size(), "the opening's slides and link are in the keynote's tables");

        demo.loadIfWanted();
        assertEquals(35, programme.publicSessions(conferences.bySlug("mlw2020").orElseThrow()).size());
        assertEquals(1, conferences.published().stream().filter(c -> c.getSlug().equals("mlw2020")).count());
    }

    @Test
    @Order(5)
    void dataOfMissingAndFailedFormatsIsKeptUntouched() throws Exception {
        var imported = importer.importConference(GeneratedConferences.generated("kept", 6));
        assertEquals(6, imported.sessions());
        DataSource ds = InitialContext.doLookup("java:comp/DefaultDataSource");
        try (Connection c = ds.getConnection()) {
            ResultSet rs = c.createStatement().executeQuery("select d.format_id, d.payload from session_format_data d"
                    + " join programme_session s on s.id = d.session_id join conference k on k.id = s.conference_id"
                    + " where k.slug = 'kept' order by s.starts_at, d.format_id");
            int rows = 0;
            while (rs.next()) {
                rows++;
                JsonObject payload = Json.createReader(new StringReader(rs.getString(2))).readObject();
                assertEquals("BREAKOUT", payload.getString("kind"));
                assertTrue(payload.getString("note").startsWith("kept "));
            }
            assertEquals(4, rows, "the fishbowl (missing) and broken (failed) sessions keep their data");
        }
        Conference kept = conferences.bySlug("kept").orElseThrow();
        Session keynote = programme.publicSessions(kept).stream().filter(s -> s.getFormatId().equals("keynote")).findFirst().orElseThrow();
        assertEquals("https://example.org/0", keynoteMaterials.of(keynote.getId()).get(0).getUrl());
    }

    @Test
    @Order(6)
    void aBadFileIsRefusedWholeWithEveryProblemNamed() {
        JsonObject bad = Json.createReader(new StringReader("""
                {"plenaryExport":1,
                 "conference":{"slug":"bad-one","title":"Bad","timeZone":"Europe/Paris","firstDay":"2021-05-01","lastDay":"2021-05-01","formats":["keynote"]},
                 "days":[{"date":"2021-05-01"}],
                 "tracks":[{"key":"a","name":"A","position":1}],
                 "organisations":[],
                 "people":[{"key":"p","name":"<script>alert(1)</script>","country":"france"}],
                 "sessions":[
                   {"key":"s1","title":"Ends first","format":"keynote","track":"a","start":"2021-05-01T10:00","end":"2021-05-01T09:00","status":"SCHEDULED"},
                   {"key":"s2","title":"Nowhere","format":"keynote","track":"zz","start":"2021-05-01T11:00","end":"2021-05-01T12:00","status":"LIVE","speakers":["ghost"]},
                   {"key":"s3","title":"Odd format","format":"circus","start":"2021-05-01T11:00","end":"2021-05-01T12:00","status":"SOMETIMES"},
                   {"key":"s4","title":"Bad stream","format":"keynote","start":"2021-05-01T13:00","end":"2021-05-01T14:00","status":"SCHEDULED","streamUrl":"javascript:alert(1)"}
                 ]}""")).readObject();
        InvalidImport refused = assertThrows(InvalidImport.class, () -> importer.importConference(bad));
        String all = String.join("\n", refused.problems());
        assertTrue(all.contains("people[0].country: must be a two-letter ISO country code"), all);
        assertTrue(all.contains("sessions[0].end: 'Ends first' must end after it starts"), all);
        assertTrue(all.contains("sessions[1].track: 'zz' is not a track of this file"), all);
        assertTrue(all.contains("sessions[1].speakers: 'ghost' is not a person of this file"), all);
        assertTrue(all.contains("sessions[2].status: 'SOMETIMES' is not one of"), all);
        assertTrue(all.contains("sessions[2].format: 'circus' is not in conference.formats"), all);
        assertTrue(all.contains("sessions[3].streamUrl: must be an http or https address"), all);
        assertTrue(conferences.bySlug("bad-one").isEmpty(), "nothing of a refused file is stored");

        JsonObject badKeynoteData = Json.createObjectBuilder(GeneratedConferences.generated("bad-two", 3))
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("key", "k").add("title", "Keynote").add("format", "keynote").add("status", "SCHEDULED")
                        .add("start", "2021-03-01T09:00").add("end", "2021-03-01T09:20")
                        .add("data", Json.createObjectBuilder().add("resources", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("kind", "LINK").add("title", "x").add("url", "javascript:alert(1)"))))))
                .build();
        InvalidImport pluginRefused = assertThrows(InvalidImport.class, () -> importer.importConference(badKeynoteData));
        assertEquals(List.of("sessions[0].data: resources[0]: 'x' needs an http or https address"), pluginRefused.problems());
        assertTrue(conferences.bySlug("bad-two").isEmpty(), "a plugin's refusal rolls the whole import back");
    }

    @Test
    @Order(7)
    void theProgrammeIsReadInAConstantNumberOfStatements() {
        importer.importConference(GeneratedConferences.generated("small", 6));
        importer.importConference(GeneratedConferences.generated("large", 120));
        int small = statementsToLayOut("small");
        int large = statementsToLayOut("large");
        assertEquals(small, large, "statements grow with the number of sessions");
        // 6, and 2 since V7: the conference's translations and, in one batch, its sessions'.
        assertTrue(small <= 8, small + " statements for one programme");
    }

    private int statementsToLayOut(String slug) {
        StatementCounter.reset();
        Conference c = conferences.publishedWithProgrammeFrame(slug).orElseThrow();
        List<Session> sessions = programme.publicSessions(c);
        var days = ProgrammeView.of(c, sessions, ZoneId.of("Asia/Tokyo"), Locale.ENGLISH, id -> id);
        assertEquals(sessions.size(), days.stream().flatMap(d -> d.slots().stream()).mapToInt(s -> s.cards().size()).sum());
        assertFalse(days.get(0).slots().get(0).cards().get(0).speakers().isEmpty());
        return StatementCounter.count();
    }

    @Test
    @Order(8)
    void anExportImportsBackIntoTheSameConference() {
        JsonObject exported = export.export("mlw2020").orElseThrow();
        JsonObject renamed = Exports.renamed(exported, "mlw2020-copy");
        importer.importConference(renamed);
        JsonObject copy = export.export("mlw2020-copy").orElseThrow();
        assertEquals(35, copy.getJsonArray("sessions").size());
        assertEquals(Exports.comparable(exported), Exports.comparable(copy));
        JsonObject opening = copy.getJsonArray("sessions").getJsonObject(0);
        assertEquals("2020-10-12T10:30", opening.getString("start"), "times are exported in the conference's zone");
        assertEquals(2, opening.getJsonObject("data").getJsonArray("resources").size(), "the keynote's data travels");
        assertTrue(copy.getJsonArray("sessions").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("format").equals("panel")).allMatch(o -> o.containsKey("data")),
                "every panel's data travels");
        JsonObject highLevel = copy.getJsonArray("sessions").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("title").startsWith("High-level panel on"))
                .findFirst().orElseThrow().getJsonObject("data");
        assertEquals("people:Kwame Asante-Lindberg", Exports.names(copy).get(highLevel.getString("moderator")),
                "the panel names its moderator by a key of the copy's own people");
    }

    @Test
    @Order(9)
    void dataKeptForAFormatIsHandedToItOnceItStarts() throws Exception {
        Conference kept = conferences.bySlug("kept").orElseThrow();
        Session target = programme.publicSessions(kept).stream().filter(s -> s.getFormatId().equals("keynote"))
                .reduce((a, b) -> b).orElseThrow();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        keynoteMaterials.deleteSession(target.getId());
        tx.commit();
        DataSource ds = InitialContext.doLookup("java:comp/DefaultDataSource");
        try (Connection c = ds.getConnection()) {
            var insert = c.prepareStatement("insert into session_format_data (session_id, format_id, payload) values (?, 'keynote', ?)");
            insert.setLong(1, target.getId());
            insert.setString(2, "{\"resources\":[{\"kind\":\"SLIDES\",\"title\":\"Kept slides\",\"url\":\"https://example.org/kept.pdf\"}]}");
            insert.executeUpdate();
        }
        assertEquals(1, detached.handOver(registry.find("keynote").orElseThrow()));
        assertEquals("Kept slides", keynoteMaterials.of(target.getId()).get(0).getTitle());
        assertEquals(0, detached.handOver(registry.find("keynote").orElseThrow()), "handed over once");
        assertEquals(0, detached.handOver(registry.find("broken").orElseThrow()), "a failed format gets nothing");
    }

    @Test
    @Order(10)
    @RunAsClient
    void theApiListsFormatsWithTheirStates() throws Exception {
        JsonArray formats = getJson("api/v1/formats").asJsonArray();
        Map<String, JsonObject> byId = formats.stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(o -> o.getString("id"), o -> o));
        assertEquals("STARTED", byId.get("keynote").getString("state"));
        assertEquals("Keynote", byId.get("keynote").getString("name"));
        assertEquals("1.0.0", byId.get("keynote").getString("version"));
        assertEquals("FAILED", byId.get("broken").getString("state"));
        assertEquals("it failed to start: IllegalStateException: the stream server is unreachable", byId.get("broken").getString("reason"));
    }

    @Test
    @Order(11)
    @RunAsClient
    void theApiServesConferencesAndTheirSessions() throws Exception {
        JsonArray all = getJson("api/v1/conferences").asJsonArray();
        assertTrue(all.stream().anyMatch(c -> c.asJsonObject().getString("slug").equals("mlw2020")));
        JsonObject mlw = getJson("api/v1/conferences/mlw2020").asJsonObject();
        assertEquals("Europe/Paris", mlw.getString("timeZone"));
        assertEquals("2020-10-12", mlw.getString("firstDay"));
        assertEquals(3, mlw.getJsonArray("days").size());
        JsonArray sessions = getJson("api/v1/conferences/mlw2020/sessions").asJsonArray();
        assertEquals(35, sessions.size());
        JsonObject opening = sessions.getJsonObject(0);
        assertEquals("Opening ceremony", opening.getString("title"));
        assertEquals("keynote", opening.getString("format"));
        assertEquals("plenary", opening.getString("track"));
        assertEquals("2020-10-12T08:30:00Z", opening.getString("start"));
        assertEquals("2020-10-12T08:45:00Z", opening.getString("end"));
        assertEquals("Stefania Giannini", opening.getJsonArray("speakers").getJsonObject(0).getString("name"));

        HttpResponse<String> missing = get("api/v1/conferences/no-such-thing/sessions");
        assertEquals(404, missing.statusCode());
        assertEquals("no published conference 'no-such-thing'", Json.createReader(new StringReader(missing.body()))
                .readObject().getString("error"));
    }

    @Test
    @Order(12)
    @RunAsClient
    void healthIsReadyOnceStarted() throws Exception {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.toURI().resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"format.broken\":\"FAILED: it failed to start"), ready.body());
        HttpResponse<String> live = http.send(HttpRequest.newBuilder(base.toURI().resolve("/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, live.statusCode());
    }

    @Test
    @Order(13)
    @RunAsClient
    void sessionsOfMissingOrFailedFormatsShowTheGenericView() throws Exception {
        JsonArray kept = getJson("api/v1/conferences/kept/sessions").asJsonArray();
        for (var v : kept) {
            JsonObject s = v.asJsonObject();
            HttpResponse<String> page = get("session.xhtml?id=" + s.getJsonNumber("id").longValue());
            assertEquals(200, page.statusCode());
            boolean keynote = s.getString("format").equals("keynote");
            assertEquals(keynote, page.body().contains("class=\"format-keynote\""), s.toString());
            assertEquals(!keynote, page.body().contains("class=\"format-generic\""), s.toString());
            assertTrue(page.body().contains(s.getString("title")));
        }
        HttpResponse<String> programmePage = get("programme.xhtml?c=kept");
        assertEquals(200, programmePage.statusCode());
        assertTrue(programmePage.body().contains("Session 1"), "a session of a missing format is still in the programme");
        assertEquals(404, get("session.xhtml?id=not-a-number").statusCode());
        assertEquals(404, get("programme.xhtml?c=unknown-conference").statusCode());
    }

    @Test
    @Order(14)
    @RunAsClient
    void participantPagesKeepNoSessionForTheirVisitors() throws Exception {
        for (String page : List.of("", "conference.xhtml?c=mlw2020", "programme.xhtml?c=mlw2020&tz=Asia/Tokyo")) {
            HttpResponse<String> response = get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    page + " opened an HTTP session: " + response.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    @Order(15)
    void formatsReadAConferencesPeopleByIdAndOnlyItsOwn() {
        importer.importConference(named("named", "roster", Json.createObjectBuilder().build()));
        Conference named = conferences.bySlug("named").orElseThrow();
        List<PersonRef> people = conferencePeople.people("named");
        assertEquals(List.of("Ada Host", "Bea Guest", "Cy Guest"), people.stream().map(PersonRef::name).toList(), "by name");
        PersonRef ada = people.get(0);
        assertEquals("Director, Open Schools", ada.affiliation());
        assertEquals("KE", ada.country());
        assertEquals("", people.get(1).affiliation(), "an empty field, never null");
        assertEquals(conferencePeople.organisations("named").get(0).id(), ada.organisationId());
        assertEquals("NGO", conferencePeople.organisations("named").get(0).kind());
        assertEquals(ada, conferencePeople.person(ada.id()).orElseThrow());
        long mlwPerson = conferencePeople.people("mlw2020").get(0).id();
        assertEquals("mlw2020", conferencePeople.person(mlwPerson).orElseThrow().conferenceSlug(),
                "a person of another conference says so");
        assertTrue(conferencePeople.person(-1).isEmpty());
        assertTrue(conferencePeople.organisation(-1).isEmpty());
        assertEquals(List.of(), conferencePeople.people("no-such-conference"));
        assertTrue(named.getId() > 0);
    }

    @Test
    @Order(16)
    void aFormatsDataNamesPeopleByTheFilesKeysAndExportsAndImportsBackWithThemResolved() {
        JsonObject data = Json.createObjectBuilder().add("host", "ada").add("guests", Json.createArrayBuilder().add("cy").add("bea"))
                .add("organiser", "open-schools").build();
        importer.importConference(named("rostered", "roster", data));
        Session session = programme.publicSessions(conferences.bySlug("rostered").orElseThrow()).get(0);
        RosterFormat.Roster kept = roster.of(session.getId());
        Map<Long, String> names = conferencePeople.people("rostered").stream()
                .collect(Collectors.toMap(PersonRef::id, PersonRef::name));
        assertEquals("Ada Host", names.get(kept.host()), "the file's key became the id it was imported as");
        assertEquals(List.of("Cy Guest", "Bea Guest"), kept.guests().stream().map(names::get).toList());
        assertEquals("Open Schools", conferencePeople.organisation(kept.organiser()).orElseThrow().name());

        JsonObject exported = export.export("rostered").orElseThrow();
        JsonObject out = exported.getJsonArray("sessions").getJsonObject(0).getJsonObject("data");
        Map<String, String> keys = exported.getJsonArray("people").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(p -> p.getString("key"), p -> p.getString("name")));
        assertEquals("Ada Host", keys.get(out.getString("host")), "named by a key of the file's people: " + out);
        assertEquals(3, keys.size(), "Ada hosts but does not speak, and is in the file all the same");
        assertEquals("o-" + kept.organiser(), out.getString("organiser"));

        JsonObject renamed = Exports.renamed(exported, "rostered-copy");
        importer.importConference(renamed);
        JsonObject copy = export.export("rostered-copy").orElseThrow();
        assertEquals(Exports.comparable(exported), Exports.comparable(copy), "the copy names the same people, under keys of its own");
    }

    @Test
    @Order(17)
    void aKeyThatNamesNobodyRefusesTheWholeImport() {
        JsonObject data = Json.createObjectBuilder().add("host", "ghost").add("guests", Json.createArrayBuilder().add("ada")).build();
        InvalidImport refused = assertThrows(InvalidImport.class, () -> importer.importConference(named("ghostly", "roster", data)));
        assertEquals(List.of("sessions[0].data: 'ghost' is not a person of this file"), refused.problems());
        assertTrue(conferences.bySlug("ghostly").isEmpty());

        JsonObject organisationAsPerson = Json.createObjectBuilder().add("host", "open-schools")
                .add("guests", Json.createArrayBuilder()).build();
        assertEquals(List.of("sessions[0].data: 'open-schools' is not a person of this file"), assertThrows(InvalidImport.class,
                () -> importer.importConference(named("ghostly", "roster", organisationAsPerson))).problems());
    }

    @Test
    @Order(18)
    void dataKeptForAMissingFormatNamesPeopleByThePlatformsKeysAndIsResolvedWhenItStarts() throws Exception {
        JsonObject data = Json.createObjectBuilder().add("host", "bea").add("guests", Json.createArrayBuilder().add("ada"))
                .add("organiser", "open-schools").add("note", "ada, bea").build();
        importer.importConference(named("waiting", "fishbowl", data));
        Session session = programme.publicSessions(conferences.bySlug("waiting").orElseThrow()).get(0);
        Map<String, Long> ids = conferencePeople.people("waiting").stream()
                .collect(Collectors.toMap(p -> p.name().split(" ")[0].toLowerCase(Locale.ROOT), PersonRef::id));
        long school = conferencePeople.organisations("waiting").get(0).id();
        DataSource ds = InitialContext.doLookup("java:comp/DefaultDataSource");
        try (Connection c = ds.getConnection()) {
            ResultSet rs = c.createStatement().executeQuery("select payload from session_format_data where session_id = " + session.getId());
            assertTrue(rs.next());
            assertEquals(Json.createObjectBuilder().add("host", "p-" + ids.get("bea")).add("guests", Json.createArrayBuilder()
                            .add("p-" + ids.get("ada"))).add("organiser", "o-" + school).add("note", "ada, bea").build(),
                    Json.createReader(new StringReader(rs.getString(1))).readObject(),
                    "kept with the platform's own keys, the rest as it came");
        }
        JsonObject exported = export.export("waiting").orElseThrow();
        Map<String, String> keys = exported.getJsonArray("people").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(p -> p.getString("key"), p -> p.getString("name")));
        assertEquals("Bea Guest", keys.get(exported.getJsonArray("sessions").getJsonObject(0).getJsonObject("data").getString("host")),
                "the export's data names a person of the export");

        // The format starts: what was kept for it is handed over, resolved with the conference's people of now.
        try (Connection c = ds.getConnection()) {
            c.createStatement().executeUpdate("update session_format_data set format_id = 'roster' where session_id = " + session.getId());
        }
        assertEquals(1, detached.handOver(registry.find("roster").orElseThrow()));
        RosterFormat.Roster handed = roster.of(session.getId());
        assertEquals(ids.get("bea"), handed.host());
        assertEquals(List.of(ids.get("ada")), handed.guests());
        assertEquals(school, handed.organiser());

        // A key of someone who is not (or no longer) of the conference: the format refuses, and everything stays kept.
        long elsewhere = conferencePeople.people("named").get(0).id();
        try (Connection c = ds.getConnection()) {
            var insert = c.prepareStatement("insert into session_format_data (session_id, format_id, payload) values (?, 'roster', ?)");
            insert.setLong(1, session.getId());
            insert.setString(2, "{\"host\":\"p-" + elsewhere + "\",\"guests\":[]}");
            insert.executeUpdate();
        }
        roster.deleteSession(session.getId());
        assertEquals("'p-" + elsewhere + "' is not a person of this conference", assertThrows(IllegalArgumentException.class,
                () -> detached.handOver(registry.find("roster").orElseThrow())).getMessage());
        try (Connection c = ds.getConnection()) {
            assertEquals(1, count(c, "select count(*) from session_format_data where session_id = " + session.getId()));
        }
        assertEquals("p-" + elsewhere, export.export("waiting").orElseThrow().getJsonArray("sessions").getJsonObject(0)
                .getJsonObject("data").getString("host"), "data its format refused travels as it was kept, not lost");
    }

    /**
     * A one-day conference with three people (Ada, who hosts and does not speak; Bea and Cy, who do), one organisation
     * and one session of the format, with this data.
     */
    private static JsonObject named(String slug, String format, JsonObject data) {
        return Json.createReader(new StringReader("""
                {"plenaryExport":1,
                 "conference":{"slug":"%s","title":"Named","timeZone":"Africa/Nairobi","firstDay":"2021-05-01","lastDay":"2021-05-01","formats":["%s"]},
                 "days":[{"date":"2021-05-01"}],
                 "tracks":[],
                 "organisations":[{"key":"open-schools","name":"Open Schools","kind":"NGO"}],
                 "people":[{"key":"cy","name":"Cy Guest","country":"UG"},
                           {"key":"ada","name":"Ada Host","affiliation":"Director, Open Schools","organisation":"open-schools","country":"KE"},
                           {"key":"bea","name":"Bea Guest"}],
                 "sessions":[{"key":"s","title":"Roll call","format":"%s","start":"2021-05-01T09:00","end":"2021-05-01T10:00",
                              "status":"SCHEDULED","speakers":["bea","cy"],"data":%s}]}""".formatted(slug, format, format, data)))
                .readObject();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private jakarta.json.JsonValue getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    private static void assertFailed(RegisteredFormat format, String reason) {
        assertEquals(FormatState.FAILED, format.state(), format.id());
        assertEquals(reason, format.reason());
    }

    private static long count(Connection c, String sql) throws Exception {
        ResultSet rs = c.createStatement().executeQuery(sql);
        rs.next();
        return rs.getLong(1);
    }
}

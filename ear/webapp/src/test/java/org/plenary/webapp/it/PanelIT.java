package org.plenary.webapp.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;
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
import org.plenary.formats.panel.LineUp;
import org.plenary.formats.panel.PanelEditor;
import org.plenary.formats.panel.PanelKind;
import org.plenary.formats.panel.Panels;
import org.plenary.formats.panel.Seat;
import org.plenary.platform.access.Caller;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.people.PeopleChanges;
import org.plenary.platform.programme.DetachedData;
import org.plenary.platform.programme.Programme;
import org.plenary.platform.programme.ProgrammeChanges;
import org.plenary.platform.programme.Session;
import org.plenary.platform.programme.SessionForm;
import org.plenary.platform.transfer.ConferenceExport;
import org.plenary.platform.transfer.ConferenceImport;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;
import org.plenary.spi.ConferencePeople;
import org.plenary.spi.FormatState;
import org.plenary.spi.LiveFeature;
import org.plenary.spi.PersonRef;
import org.plenary.spi.SessionFormat;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The panel plugin in the running platform: the demo's panels in its tables and on their pages, its editor's
 * refusals as the console's save meets them, export and import of a conference with panels, a deleted person
 * vanishing, and data kept for it handed over with its people resolved.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PanelIT {

    static final String HIGH_LEVEL = "High-level panel on distance-learning policies";
    static final Caller ADMIN = new Caller(1, "admin@panel.example", true, Map.of());

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("plenary.war")))
                .addClasses(GeneratedConferences.class, Exports.class);
    }

    @Inject
    FormatRegistry registry;

    @Inject
    Conferences conferences;

    @Inject
    Programme programme;

    @Inject
    ProgrammeChanges changes;

    @Inject
    PeopleChanges peopleChanges;

    @Inject
    Panels panels;

    @Inject
    ConferencePeople people;

    @Inject
    ConferenceExport export;

    @Inject
    ConferenceImport importer;

    @Inject
    DetachedData detached;

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void theDemosPanelsAreThePanelsOwnWithTheirPeople() {
        var panel = registry.find("panel").orElseThrow();
        assertEquals(FormatState.STARTED, panel.state());
        assertEquals(1, panel.migrationsApplied());
        assertEquals(java.util.Set.of(LiveFeature.STREAM, LiveFeature.QUESTIONS), panel.format().liveFeatures(),
                "the core's questions come with every panel");

        List<Session> demoPanels = sessionsOf("mlw2020").stream().filter(s -> s.getFormatId().equals("panel")).toList();
        assertEquals(14, demoPanels.size());
        assertTrue(demoPanels.stream().allMatch(s -> panels.of(s.getId()).isPresent()), "every panel of the demo has its line-up");
        LineUp highLevel = panels.of(session("mlw2020", HIGH_LEVEL).getId()).orElseThrow().lineUp();
        assertEquals(PanelKind.HIGH_LEVEL, highLevel.kind());
        assertEquals("Kwame Asante-Lindberg", name(highLevel.moderatorId()));
        assertEquals(List.of("Tendai Moyo-Larsen", "Mireille Kaboré-Janssen", "Omar El-Sayed Lindqvist", "Aino Lehtonen-Ribeiro",
                "Priya Raman-Castillo", "Anders Kvist-Lindahl"), highLevel.seats().stream().map(s -> name(s.getPersonId())).toList());
        assertEquals("Keeping the most marginalised children learning", highLevel.seats().get(0).getRole());
        assertTrue(highLevel.people().stream().allMatch(id -> people.person(id).orElseThrow().conferenceSlug().equals("mlw2020")));
        assertEquals(List.of(PanelKind.HIGH_LEVEL, PanelKind.PLENARY, PanelKind.BREAKOUT), demoPanels.stream()
                .map(s -> panels.of(s.getId()).orElseThrow().lineUp().kind()).distinct().sorted().toList(), "all three kinds");
    }

    @Test
    @Order(2)
    @RunAsClient
    void aPanelsPageShowsItsKindModeratorAndPanellistsInOrder() throws Exception {
        long id = sessionId(HIGH_LEVEL);
        String page = get("session.xhtml?id=" + id + "&lang=en").body();
        String panel = page.substring(page.indexOf("class=\"format-panel\""));
        assertAll(
                () -> assertTrue(panel.contains("<dd class=\"panel-kind\">High-level panel</dd>"), panel),
                () -> assertTrue(panel.matches("(?s).*class=\"panel-moderator\".*Kwame Asante-Lindberg.*Director, digital learning and innovation.*\\(Ghana\\).*"), panel),
                () -> assertTrue(panel.indexOf("Tendai Moyo-Larsen") < panel.indexOf("Mireille Kaboré-Janssen")
                        && panel.indexOf("Mireille Kaboré-Janssen") < panel.indexOf("Anders Kvist-Lindahl"), "in the programme's order"),
                () -> assertTrue(panel.contains("(Zimbabwe)"), "countries by name"),
                () -> assertTrue(panel.contains("— Keeping the most marginalised children learning"), "the role line"),
                () -> assertEquals(6, panel.split("class=\"panellist\"").length - 1, "six panellists"),
                () -> assertTrue(panel.contains("Watch the recording"), "the session has ended"),
                () -> assertFalse(page.contains("format-generic"), "the panel's own view, not the generic one"),
                () -> assertFalse(page.contains("primefaces"), "a light participant page"));

        String french = get("session.xhtml?id=" + id + "&lang=fr").body();
        assertTrue(french.contains("Panel de haut niveau") && french.contains("Modération") && french.contains("Panélistes"), french);
        String arabic = get("session.xhtml?id=" + id + "&lang=ar").body();
        assertTrue(arabic.contains("dir=\"rtl\"") && arabic.contains("حلقة نقاش رفيعة المستوى") && arabic.contains("زيمبابوي"),
                "in Arabic, country names too");
    }

    @Test
    @Order(3)
    void theEditorRefusesAPersonOfAnotherConferenceSayingSoAndKeepsTheInput() {
        importer.importConference(GeneratedConferences.generated("other-panels", 3));
        long stranger = people.people("other-panels").get(0).id();
        Session session = session("mlw2020", HIGH_LEVEL);
        LineUp before = panels.of(session.getId()).orElseThrow().lineUp();

        PanelEditor editor = editor(session);
        editor.setModeratorId(stranger);
        editor.addRow();
        editor.getRows().get(editor.getRows().size() - 1).setPersonId(stranger);
        Refused refused = assertThrows(Refused.class, () -> changes.save(ADMIN, "mlw2020", session.getId(), SessionForm.of(session), editor));
        assertEquals(List.of(new Problem("panel:moderator", "The moderator chosen is not one of this conference’s people."),
                        new Problem("panel:panellists", "Panellist 7 is not one of this conference’s people.")),
                refused.problems(), "said beside the fields, without naming the stranger");
        assertEquals(stranger, editor.getModeratorId(), "the input is kept for the organiser to mend");
        assertEquals(7, editor.getRows().size());
        assertEquals(before, panels.of(session.getId()).orElseThrow().lineUp(), "nothing was written");
    }

    @Test
    @Order(4)
    void theEditorRefusesAModeratorWhoAlsoSitsOnThePanelThenSavesAMendedLineUp() {
        Session session = session("mlw2020", HIGH_LEVEL);
        LineUp before = panels.of(session.getId()).orElseThrow().lineUp();
        PanelEditor editor = editor(session);
        long panellist = editor.getRows().get(2).getPersonId();
        editor.setModeratorId(panellist);
        Refused refused = assertThrows(Refused.class, () -> changes.save(ADMIN, "mlw2020", session.getId(), SessionForm.of(session), editor));
        assertEquals(List.of(new Problem("panel:moderator",
                "Omar El-Sayed Lindqvist moderates this panel and cannot also sit on it as a panellist.")), refused.problems());
        assertEquals(panellist, editor.getModeratorId());
        assertEquals(before, panels.of(session.getId()).orElseThrow().lineUp());

        editor.setModeratorId(before.moderatorId());
        editor.moveUp(2);
        editor.getRows().get(0).setRole("  Opening statement ");
        changes.save(ADMIN, "mlw2020", session.getId(), SessionForm.of(session("mlw2020", HIGH_LEVEL)), editor);
        LineUp after = panels.of(session.getId()).orElseThrow().lineUp();
        assertEquals("Omar El-Sayed Lindqvist", name(after.seats().get(1).getPersonId()), "moved up one place");
        assertEquals("Opening statement", after.seats().get(0).getRole());
        assertEquals(before.seats().size(), after.seats().size());

        editor.getRows().get(0).setRole("Keeping the most marginalised children learning");
        editor.moveDown(1);
        changes.save(ADMIN, "mlw2020", session.getId(), SessionForm.of(session("mlw2020", HIGH_LEVEL)), editor);
        assertEquals(before, panels.of(session.getId()).orElseThrow().lineUp(), "put back as the demo has it");
    }

    @Test
    @Order(5)
    void aConferenceWithPanelsExportsAndImportsBackIdenticallyWithItsOwnPeople() {
        JsonObject exported = export.export("mlw2020").orElseThrow();
        JsonObject renamed = Exports.renamed(exported, "mlw2020-panels");
        importer.importConference(renamed);
        JsonObject copy = export.export("mlw2020-panels").orElseThrow();
        assertEquals(Exports.comparable(exported), Exports.comparable(copy));

        JsonObject data = sessionData(copy, HIGH_LEVEL);
        Map<String, String> names = Exports.names(copy);
        assertEquals("people:Kwame Asante-Lindberg", names.get(data.getString("moderator")));
        assertEquals("people:Tendai Moyo-Larsen", names.get(data.getJsonArray("panellists").getJsonObject(0).getString("person")));
        assertEquals("Keeping the most marginalised children learning",
                data.getJsonArray("panellists").getJsonObject(0).getString("role"));

        LineUp copied = panels.of(session("mlw2020-panels", HIGH_LEVEL).getId()).orElseThrow().lineUp();
        assertTrue(copied.people().stream().allMatch(id -> people.person(id).orElseThrow().conferenceSlug().equals("mlw2020-panels")),
                "the copy's panel names the copy's people, not the original's");
        assertEquals("Kwame Asante-Lindberg", name(copied.moderatorId()));
    }

    @Test
    @Order(6)
    void aPersonTheCoreDeletesVanishesFromThePanelAndItsExport() {
        Conference copy = conference("mlw2020-panels");
        long listener = peopleChanges.createPerson(ADMIN, copy,
                new PeopleChanges.PersonInput("Quiet Listener", "Observer", "KE", null, null)).getId();
        Session session = session("mlw2020-panels", HIGH_LEVEL);
        PanelEditor editor = (PanelEditor) registry.started("panel").orElseThrow().editor(session.getId(), "mlw2020-panels");
        editor.addRow();
        editor.getRows().get(6).setPersonId(listener);
        changes.save(ADMIN, "mlw2020-panels", session.getId(), SessionForm.of(session), editor);
        assertEquals(7, panels.of(session.getId()).orElseThrow().lineUp().seats().size(), "seated, though not a speaker");
        assertEquals(7, sessionData(export.export("mlw2020-panels").orElseThrow(), HIGH_LEVEL).getJsonArray("panellists").size());

        peopleChanges.deletePerson(ADMIN, copy, listener, null);
        assertEquals(7, panels.of(session.getId()).orElseThrow().lineUp().seats().size(), "the plugin keeps the id it had");
        JsonObject data = sessionData(export.export("mlw2020-panels").orElseThrow(), HIGH_LEVEL);
        assertEquals(6, data.getJsonArray("panellists").size(), "the export leaves out whom the core deleted");
    }

    @Test
    @Order(7)
    @RunAsClient
    void andFromThePanelsPage() throws Exception {
        String page = get("session.xhtml?id=" + sessionId("mlw2020-panels", HIGH_LEVEL)).body();
        assertFalse(page.contains("Quiet Listener"), "a deleted person simply vanishes");
        assertEquals(6, page.split("class=\"panellist\"").length - 1, "the others stay");
    }

    @Test
    @Order(8)
    void dataKeptForThePanelIsHandedOverWithItsPeopleResolved() throws Exception {
        Session session = sessionsOf("mlw2020-panels").stream().filter(s -> s.getFormatId().equals("panel")).findFirst().orElseThrow();
        long moderator = people.people("mlw2020-panels").get(0).id();
        long panellist = people.people("mlw2020-panels").get(1).id();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        panels.deleteSession(session.getId());
        tx.commit();
        DataSource ds = InitialContext.doLookup("java:comp/DefaultDataSource");
        try (Connection c = ds.getConnection()) {
            var insert = c.prepareStatement("insert into session_format_data (session_id, format_id, payload) values (?, 'panel', ?)");
            insert.setLong(1, session.getId());
            insert.setString(2, "{\"kind\":\"BREAKOUT\",\"moderator\":\"p-" + moderator + "\",\"panellists\":[\"p-" + panellist + "\"]}");
            insert.executeUpdate();
        }
        assertEquals(1, detached.handOver(registry.find("panel").orElseThrow()));
        assertEquals(new LineUp(PanelKind.BREAKOUT, moderator, List.of(new Seat(panellist, null))),
                panels.of(session.getId()).orElseThrow().lineUp());
    }

    private PanelEditor editor(Session session) {
        SessionFormat format = registry.started("panel").orElseThrow();
        return (PanelEditor) format.editor(session.getId(), "mlw2020");
    }

    private Conference conference(String slug) {
        return conferences.bySlug(slug).orElseThrow();
    }

    private List<Session> sessionsOf(String slug) {
        return programme.publicSessions(conference(slug));
    }

    private Session session(String slug, String title) {
        return sessionsOf(slug).stream().filter(s -> s.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private String name(long personId) {
        return people.person(personId).map(PersonRef::name).orElse(null);
    }

    private static JsonObject sessionData(JsonObject export, String title) {
        return export.getJsonArray("sessions").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("title").equals(title)).findFirst().orElseThrow().getJsonObject("data");
    }

    private long sessionId(String title) throws Exception {
        return sessionId("mlw2020", title);
    }

    private long sessionId(String slug, String title) throws Exception {
        JsonArray sessions = Json.createReader(new StringReader(get("api/v1/conferences/" + slug + "/sessions").body())).readArray();
        return sessions.stream().map(JsonValue::asJsonObject).filter(s -> s.getString("title").equals(title)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

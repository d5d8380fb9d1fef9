package org.plenary.webapp.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
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
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.people.Person;
import org.plenary.platform.transfer.ConferenceImport;
import org.plenary.webapp.it.tuned.TunedFormat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's plugins, users, audit and people pages and the CSV exports, deployed with the MLW 2020 demo and
 * used over HTTP as a browser without JavaScript uses them: who reaches which page (administrators everything,
 * an organiser their own conference only, anyone else nothing), changes made through the pages and their audit
 * entries, refusals that say why, the exports' rows, and user input shown as text.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolePagesIT {

    static final String ADMIN = "admin@console.example";
    static final String ADMIN_PASSWORD = "copper lantern orchard 88";
    static final String ORGANISER = "organiser@console.example";
    static final String MODERATOR = "moderator@console.example";
    static final String PARTICIPANT = "participant@console.example";
    static final String OTHER_ORGANISER = "elsewhere@console.example";
    static final String GUEST = "guest@console.example";
    static final String PASSWORD = "seven quiet otters row";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    /** Every page of the console this test covers, for a conference ({@code %s} its slug) or platform-wide. */
    static final List<String> CONFERENCE_PAGES = List.of("console/plugins.xhtml?c=%s", "console/users.xhtml?c=%s",
            "console/audit.xhtml?c=%s", "console/people.xhtml?c=%s", "console/export/sessions.csv?c=%s",
            "console/export/people.csv?c=%s", "console/registrations.xhtml?c=%s", "console/export/registrations.csv?c=%s");
    static final List<String> PLATFORM_PAGES = List.of("console/plugins.xhtml", "console/users.xhtml",
            "console/audit.xhtml");

    @Deployment
    static WebArchive deployment() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("plenary.war")));
        JavaArchive tuned = ShrinkWrap.create(JavaArchive.class, "tuned-formats.jar")
                .addPackage(TunedFormat.class.getPackage())
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        return war.addAsLibrary(tuned).addClasses(SignInClient.class, ConsoleBrowser.class, GeneratedConferences.class)
                .addAsResource(new StringAsset("PLENARY_ADMIN_EMAIL=" + ADMIN + "\nPLENARY_ADMIN_PASSWORD="
                        + ADMIN_PASSWORD + "\n"), "META-INF/microprofile-config.properties");
    }

    @Inject
    Accounts accounts;

    @Inject
    Conferences conferences;

    @Inject
    ConferenceImport importer;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void accountsAnotherConferenceAndPeopleWithAwkwardNames() throws Exception {
        long mlw = conferences.bySlug("mlw2020").orElseThrow().getId();
        importer.importConference(GeneratedConferences.generated("elsewhere", 3));
        long elsewhere = conferences.bySlug("elsewhere").orElseThrow().getId();
        accounts.create(ORGANISER, "Olu Organiser", PASSWORD);
        accounts.grantInConference(ORGANISER, Role.ORGANISER, mlw);
        accounts.create(MODERATOR, "Mo Moderator", PASSWORD);
        accounts.grantInConference(MODERATOR, Role.MODERATOR, mlw);
        accounts.create(PARTICIPANT, "Pat Participant", PASSWORD);
        accounts.grantInConference(PARTICIPANT, Role.PARTICIPANT, mlw);
        accounts.create(OTHER_ORGANISER, "Else Where", PASSWORD);
        accounts.grantInConference(OTHER_ORGANISER, Role.ORGANISER, elsewhere);
        accounts.create(GUEST, "Gus Guest", PASSWORD);

        tx.begin();
        Conference conference = em.find(Conference.class, mlw);
        em.persist(new Person(conference, FORMULA, "-2+3", "KE", null, null));
        em.persist(new Person(conference, "@Mention Ama", "Ministry of Education", "GH", null, null));
        tx.commit();
    }

    @Test
    @Order(10)
    @RunAsClient
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        ConsoleBrowser anonymous = ConsoleBrowser.anonymous(base.toURI());
        for (String page : pages("mlw2020")) {
            HttpResponse<String> answer = anonymous.open(page);
            assertEquals(302, answer.statusCode(), page);
            assertTrue(SignInClient.location(answer).endsWith(SignInClient.signInPageFor(page)), page + ": " + SignInClient.location(answer));
        }
    }

    @Test
    @Order(11)
    @RunAsClient
    void anAdministratorReachesEveryPageOfEveryConference() throws Exception {
        ConsoleBrowser admin = ConsoleBrowser.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
        for (String page : pages("mlw2020")) {
            assertEquals(200, admin.status(page), page);
        }
        for (String page : CONFERENCE_PAGES) {
            assertEquals(200, admin.status(page.formatted("elsewhere")), page);
        }
        assertEquals(404, admin.status("console/plugins.xhtml?c=no-such-conference"));
        assertEquals(404, admin.status("console/audit.xhtml?c=%3Cscript%3E"));
        assertEquals(404, admin.status("console/export/agenda.csv?c=mlw2020"));
    }

    @Test
    @Order(12)
    @RunAsClient
    void anOrganiserReachesTheirConferenceOnlyAndNoPlatformPage() throws Exception {
        ConsoleBrowser organiser = ConsoleBrowser.signedIn(base.toURI(), ORGANISER, PASSWORD);
        for (String page : CONFERENCE_PAGES) {
            assertEquals(200, organiser.status(page.formatted("mlw2020")), page);
            int other = organiser.status(page.formatted("elsewhere"));
            assertTrue(other == 404 || other == 403, page + " of another conference answered " + other);
            assertEquals(404, organiser.status(page.formatted("no-such-conference")), page);
        }
        for (String page : PLATFORM_PAGES) {
            assertEquals(403, organiser.status(page), page);
        }
        assertTrue(organiser.open("console/users.xhtml?c=mlw2020").body().contains("id=\"menu-roles\""),
                "the menu offers the conference's pages");
    }

    @Test
    @Order(13)
    @RunAsClient
    void moderatorsParticipantsAndAccountsWithoutRolesGetNothing() throws Exception {
        for (String email : List.of(MODERATOR, PARTICIPANT, GUEST)) {
            ConsoleBrowser someone = ConsoleBrowser.signedIn(base.toURI(), email, PASSWORD);
            for (String page : pages("mlw2020")) {
                assertEquals(403, someone.status(page), email + " " + page);
            }
        }
    }

    @Test
    @Order(20)
    @RunAsClient
    void thePluginsPageShowsEachFormatAndSavesPlatformSettingsWithinTheirBounds() throws Exception {
        ConsoleBrowser admin = ConsoleBrowser.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
        String page = admin.open("console/plugins.xhtml").body();
        assertAll(
                () -> assertTrue(page.contains("<code>keynote</code>"), "keynote listed"),
                () -> assertTrue(page.contains("<code>tuned</code>") && page.contains("1.2.0"), "tuned listed with its version"),
                () -> assertTrue(page.contains("requires core [9.0,) but this is core"), "the failed format's reason"),
                () -> assertTrue(page.contains("Failed"), "its state"),
                () -> assertTrue(page.contains("Show slides and links before the keynote ends"), "keynote's setting, labelled"),
                () -> assertTrue(page.contains("vendor-key") && !page.contains(">welcome<"),
                        "only the platform-scope settings"));

        String roomSize = admin.fieldAfter("room-size", "number");
        String form = roomSize.substring(0, roomSize.indexOf("setform") + "setform".length());
        String save = admin.buttonAfter("room-size", "save");
        admin.submit("console/plugins.xhtml", form, Map.of(roomSize, "41"), save);
        assertTrue(admin.messages().contains("Enter a whole number from 2 to 40."), admin.messages());
        assertTrue(admin.body().contains("value=\"41\""), "the input is kept");

        admin.open("console/plugins.xhtml");
        admin.submit("console/plugins.xhtml", form, Map.of(roomSize, "12"), save);
        assertTrue(admin.messages().contains("Settings of tuned saved: one value changed."), admin.messages());
        assertTrue(admin.body().contains("value=\"12\""), admin.body());

        String audit = admin.open("console/audit.xhtml").body();
        assertTrue(audit.contains("setting.change") && audit.contains("tuned.room-size") && audit.contains("platform: (default) → 12"),
                "the change is in the platform's audit log");
    }

    @Test
    @Order(21)
    @RunAsClient
    void anOrganiserEnablesAFormatButCannotDisableOneSessionsUse() throws Exception {
        ConsoleBrowser organiser = ConsoleBrowser.signedIn(base.toURI(), ORGANISER, PASSWORD);
        String page = organiser.open("console/plugins.xhtml?c=mlw2020").body();
        assertTrue(page.contains("Not installed"), "panel and the other formats of the demo are enabled but missing");
        assertFalse(page.contains("<code>late</code>"), "a failed format is not offered");

        organiser.submit("console/plugins.xhtml", "formats", Map.of(), organiser.buttonAfter("<code>keynote</code>", "disable"));
        assertTrue(organiser.messages().contains("Keynote is still used by 6 sessions of this conference"),
                organiser.messages());

        organiser.open("console/plugins.xhtml?c=mlw2020");
        organiser.submit("console/plugins.xhtml", "formats", Map.of(), organiser.buttonAfter("<code>tuned</code>", "enable"));
        assertTrue(organiser.messages().contains("tuned is enabled in this conference."), organiser.messages());
        assertTrue(organiser.body().contains(">welcome<") || organiser.body().contains("welcome"),
                "the conference settings of the enabled format");

        String welcome = organiser.fieldAfter(">welcome<", "text");
        organiser.submit("console/plugins.xhtml", welcome.substring(0, welcome.indexOf("setform") + "setform".length()),
                Map.of(welcome, "<script>alert(2)</script> Karibu"), organiser.buttonAfter(">welcome<", "save"));
        assertTrue(organiser.messages().contains("Settings of tuned saved: one value changed."), organiser.messages());
        assertTrue(organiser.body().contains("value=\"&lt;script&gt;alert(2)&lt;/script&gt; Karibu\""), "kept as text");

        String audit = organiser.open("console/audit.xhtml?c=mlw2020").body();
        assertTrue(audit.contains("format.enable") && audit.contains(ORGANISER), "the change is in the conference's log");
        assertTrue(audit.contains("conference: (default) → &lt;script&gt;alert(2)&lt;/script&gt; Karibu"),
                "the setting's change, shown as text");
        assertFalse(audit.contains("<script>alert(2)"));
        assertFalse(audit.contains("format.disable"), "the refused change left no entry");
    }

    @Test
    @Order(30)
    @RunAsClient
    void anAdministratorCreatesAnAccountWhosePasswordIsShownOnceAndWorksOnce() throws Exception {
        ConsoleBrowser admin = ConsoleBrowser.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
        admin.open("console/users.xhtml");
        admin.submit("console/users.xhtml", "create", Map.of("create:email", "New.Comer@Console.Example",
                "create:displayName", "<script>alert('x')</script> Newcomer"), "create:submit");
        Matcher shown = Pattern.compile("<code id=\"one-time-password\"[^>]*>([^<]+)</code>").matcher(admin.body());
        assertTrue(shown.find(), admin.messages());
        String oneTime = shown.group(1);
        assertTrue(admin.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Newcomer")
                || admin.body().contains("&lt;script&gt;alert('x')&lt;/script&gt; Newcomer"), "the name shows as text");
        assertFalse(admin.body().contains("<script>alert('x')"), "never as a script");

        assertFalse(admin.open("console/users.xhtml").body().contains(oneTime), "shown once");
        assertEquals(302, new SignInClient(base.toURI()).signIn("new.comer@console.example", oneTime).statusCode());

        admin.open("console/users.xhtml");
        admin.submit("console/users.xhtml", "create", Map.of("create:email", "new.comer@console.example",
                "create:displayName", ""), "create:submit");
        assertTrue(admin.messages().contains("An account with this e-mail address exists already."), admin.messages());

        String audit = admin.open("console/audit.xhtml").body();
        assertTrue(audit.contains("account.create") && audit.contains("new.comer@console.example"));
        assertFalse(audit.contains(oneTime), "the password is in no log");
    }

    @Test
    @Order(31)
    @RunAsClient
    void theLastAdministratorStaysAndNobodyDisablesThemselves() throws Exception {
        ConsoleBrowser admin = ConsoleBrowser.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
        admin.open("console/users.xhtml");
        admin.submit("console/users.xhtml", "accounts", Map.of("accounts:query", "admin@console"), "accounts:find");
        assertFalse(admin.body().contains("guest@console.example"), "the search narrows the list");
        String revoke = admin.buttonAfter(cell(ADMIN), "revokeAdmin");
        assertFalse(rowOf(admin.body(), ADMIN).contains(":grantAdmin\""), "an administrator already");
        assertFalse(rowOf(admin.body(), ADMIN).contains(":disable\""), "no button to disable oneself");
        admin.submit("console/users.xhtml", "accounts", Map.of(), revoke);
        assertTrue(admin.messages().contains("This is the last enabled administrator"), admin.messages());
        assertEquals(200, admin.status("console/users.xhtml"), "still an administrator");

        admin.submit("console/users.xhtml", "accounts", Map.of("accounts:query", "guest@"), "accounts:find");
        admin.submit("console/users.xhtml", "accounts", Map.of(), admin.buttonAfter(cell(GUEST), "disable"));
        assertTrue(admin.messages().contains("The account " + GUEST + " is disabled"), admin.messages());
        assertEquals(401, new SignInClient(base.toURI()).signIn(GUEST, PASSWORD).statusCode(), "a disabled account");
        admin.submit("console/users.xhtml", "accounts", Map.of(), admin.buttonAfter(cell(GUEST), "enable"));
        assertEquals(302, new SignInClient(base.toURI()).signIn(GUEST, PASSWORD).statusCode(), "enabled again");
        String audit = admin.open("console/audit.xhtml").body();
        assertTrue(audit.contains("account.disable") && audit.contains("account.enable"));
    }

    @Test
    @Order(32)
    @RunAsClient
    void anOrganiserGrantsAndRevokesRolesInTheirConferenceAndTheLogSaysSo() throws Exception {
        ConsoleBrowser organiser = ConsoleBrowser.signedIn(base.toURI(), ORGANISER, PASSWORD);
        organiser.open("console/users.xhtml?c=mlw2020");
        organiser.submit("console/users.xhtml", "grant", Map.of("grant:email", "nobody@console.example",
                "grant:role_input", "MODERATOR"), "grant:submit");
        assertTrue(organiser.messages().contains("No account has this e-mail address."), organiser.messages());
        assertTrue(organiser.body().contains("value=\"nobody@console.example\""), "the input is kept");

        organiser.submit("console/users.xhtml", "grant", Map.of("grant:email", " Guest@Console.Example ",
                "grant:role_input", "MODERATOR"), "grant:submit");
        assertTrue(organiser.messages().contains("guest@console.example is now Moderator in this conference.")
                || organiser.messages().contains("Guest@Console.Example is now Moderator in this conference."),
                organiser.messages());
        assertTrue(rowOf(organiser.body(), GUEST).contains("Moderator"), "listed with the role");

        organiser.submit("console/users.xhtml", "grant", Map.of("grant:email", GUEST, "grant:role_input", "ADMIN"),
                "grant:submit");
        assertFalse(rowOf(organiser.open("console/users.xhtml?c=mlw2020").body(), GUEST).contains("Administrator"),
                "never ADMIN from a conference's page");

        String own = organiser.buttonAfter(cell(ORGANISER), "revoke");
        organiser.submit("console/users.xhtml", "roles", Map.of(), own);
        assertTrue(organiser.messages().contains("You cannot take away your own last organiser role here"),
                organiser.messages());

        organiser.open("console/users.xhtml?c=mlw2020");
        organiser.submit("console/users.xhtml", "roles", Map.of(), organiser.buttonAfter(cell(GUEST), "revoke"));
        assertFalse(organiser.body().contains(cell(GUEST)), "revoked");

        String audit = organiser.open("console/audit.xhtml?c=mlw2020").body();
        assertTrue(audit.contains("role.grant") && audit.contains("role.revoke") && audit.contains(GUEST), audit);
        assertTrue(audit.contains("Europe/Paris"), "times in the conference's zone");
        ConsoleBrowser elsewhere = ConsoleBrowser.signedIn(base.toURI(), OTHER_ORGANISER, PASSWORD);
        assertFalse(elsewhere.open("console/audit.xhtml?c=elsewhere").body().contains("role.grant"),
                "another conference's log holds none of it");
    }

    @Test
    @Order(40)
    @RunAsClient
    void theExportsHoldTheConferencesRowsWithFormulasNeutralised() throws Exception {
        ConsoleBrowser organiser = ConsoleBrowser.signedIn(base.toURI(), ORGANISER, PASSWORD);
        HttpResponse<String> sessions = organiser.open("console/export/sessions.csv?c=mlw2020");
        assertEquals("attachment; filename=\"mlw2020-sessions.csv\"",
                sessions.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(sessions.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String body = sessions.body();
        assertEquals('\uFEFF', body.charAt(0), "a byte-order mark for spreadsheets");
        List<String> lines = body.substring(1).lines().toList();
        assertEquals("id,title,format,track,start,end,status,speakers", lines.get(0));
        assertEquals(1 + 35, lines.size(), "a row for each of the demo's 35 sessions");
        assertTrue(lines.stream().anyMatch(l -> l.contains(",keynote,") && l.contains("2020-10-12T") && l.contains("+02:00")),
                "times at the venue, with their offset");

        String people = organiser.open("console/export/people.csv?c=mlw2020").body();
        List<String> rows = people.substring(1).lines().toList();
        assertEquals("id,name,affiliation,country,organisation,sessions", rows.get(0));
        assertTrue(rows.stream().anyMatch(l -> l.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'-2+3,KE")),
                "formula cells start with an apostrophe: " + rows);
        assertTrue(rows.stream().anyMatch(l -> l.contains(",'@Mention Ama,Ministry of Education,GH")), rows.toString());
        assertFalse(people.contains("Speaker 0"), "nobody of another conference");
    }

    @Test
    @Order(50)
    @RunAsClient
    void anOrganiserKeepsPeopleAndWhatTheyTypeIsShownAsText() throws Exception {
        ConsoleBrowser organiser = ConsoleBrowser.signedIn(base.toURI(), ORGANISER, PASSWORD);
        String page = organiser.open("console/people.xhtml?c=mlw2020").body();
        String listed = page.substring(page.indexOf("id=\"people\""), page.indexOf("id=\"organisations\""));
        assertEquals(25, listed.split("data-ri=\"").length - 1, "a page of 25 people; the database pages");
        assertTrue(page.contains("UNESCO"), "organisations listed");
        assertFalse(page.contains("Speaker 0"), "nobody of another conference");

        organiser.submit("console/people.xhtml", "people", Map.of("people:query", "GIANN"), "people:find");
        assertTrue(organiser.body().contains(">Stefania Giannini<") && organiser.body().contains("Opening ceremony"),
                "a speaker with the sessions they speak in");
        assertFalse(organiser.body().contains("Kwame Asante-Lindberg"), "the search narrows the list");

        organiser.open("console/people.xhtml?c=mlw2020");
        organiser.submit("console/people.xhtml", "people", Map.of(), "people:new");
        organiser.submit("console/people.xhtml", "person", Map.of("person:name", "  ", "person:country", "F1"),
                "person:save");
        assertTrue(organiser.messages().contains("Not a country"), organiser.messages());
        assertTrue(organiser.body().contains("value=\"F1\""), "the input is kept");

        organiser.submit("console/people.xhtml", "person", Map.of("person:name", "<script>alert(1)</script> Ada",
                "person:country", "ke", "person:affiliation", "<b>bold</b> lab"), "person:save");
        assertTrue(organiser.messages().contains("was added"), organiser.messages());
        String shown = organiser.open("console/people.xhtml?c=mlw2020").body();
        assertTrue(shown.contains("&lt;script&gt;alert(1)&lt;/script&gt; Ada"), "the name shows as text");
        assertTrue(shown.contains("&lt;b&gt;bold&lt;/b&gt; lab"), "the affiliation too");
        assertFalse(shown.contains("<script>alert(1)"), "never as a script");
        assertTrue(organiser.open("console/audit.xhtml?c=mlw2020").body()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Ada"), "the audit page shows it as text too");

        organiser.open("console/people.xhtml?c=mlw2020");
        organiser.submit("console/people.xhtml", "people", Map.of("people:query", "Giannini"), "people:find");
        organiser.submit("console/people.xhtml", "people", Map.of(), organiser.buttonAfter(">Stefania Giannini<", "delete"));
        assertTrue(organiser.messages().contains("Stefania Giannini still speaks in one session"), organiser.messages());
        assertTrue(organiser.body().contains(">Stefania Giannini<"), "still there");

        organiser.submit("console/people.xhtml", "people", Map.of("people:query", "alert"), "people:find");
        organiser.submit("console/people.xhtml", "people", Map.of(),
                organiser.buttonAfter("&lt;script&gt;alert(1)&lt;/script&gt; Ada", "delete"));
        assertTrue(organiser.messages().contains("was deleted"), organiser.messages());
        String after = organiser.body();
        assertFalse(after.substring(after.indexOf("id=\"people\""), after.indexOf("id=\"organisations\""))
                .contains("&lt;script&gt;alert(1)"), "gone from the list");
        String audit = organiser.open("console/audit.xhtml?c=mlw2020").body();
        assertTrue(audit.contains("person.create") && audit.contains("person.delete"));
    }

    @Test
    @Order(51)
    @RunAsClient
    void aChangeSomeoneElseMadeFirstIsNotOverwrittenAndTheInputStays() throws Exception {
        ConsoleBrowser first = ConsoleBrowser.signedIn(base.toURI(), ORGANISER, PASSWORD);
        ConsoleBrowser second = ConsoleBrowser.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
        for (ConsoleBrowser b : List.of(first, second)) {
            b.open("console/people.xhtml?c=mlw2020");
            b.submit("console/people.xhtml", "people", Map.of("people:query", "Mention"), "people:find");
            b.submit("console/people.xhtml", "people", Map.of(), b.buttonAfter(">@Mention Ama<", "edit"));
            assertTrue(b.body().contains("value=\"@Mention Ama\""), "the form holds the person");
        }
        second.submit("console/people.xhtml", "person", Map.of("person:name", "Ama Mensah", "person:country", "GH"),
                "person:save");
        assertTrue(second.messages().contains("Ama Mensah was saved."), second.messages());

        first.submit("console/people.xhtml", "person", Map.of("person:name", "Ama Owusu", "person:country", "GH"),
                "person:save");
        assertTrue(first.messages().contains("Someone else changed this since you opened it."), first.messages());
        assertTrue(first.body().contains("value=\"Ama Owusu\""), "what was typed stays");
        assertTrue(first.open("console/people.xhtml?c=mlw2020").body().contains(">Ama Mensah<"), "their change stands");
    }

    @Test
    @Order(52)
    @RunAsClient
    void organisationsAreKeptOnTheSamePage() throws Exception {
        ConsoleBrowser organiser = ConsoleBrowser.signedIn(base.toURI(), ORGANISER, PASSWORD);
        organiser.open("console/people.xhtml?c=mlw2020");
        organiser.submit("console/people.xhtml", "organisations", Map.of(), "organisations:new");
        organiser.submit("console/people.xhtml", "organisation", Map.of("organisation:name", "Open Schools",
                "organisation:kind_input", "NGO", "organisation:website", "javascript:alert(1)"), "organisation:save");
        assertTrue(organiser.messages().contains("Not a web address"), organiser.messages());
        organiser.submit("console/people.xhtml", "organisation", Map.of("organisation:name", "Open Schools",
                "organisation:kind_input", "NGO", "organisation:website", "https://open-schools.example"), "organisation:save");
        assertTrue(organiser.messages().contains("Open Schools was added."), organiser.messages());
        String listed = organiser.body().substring(organiser.body().indexOf("id=\"organisations\""));
        assertTrue(listed.contains(">Open Schools<") && listed.contains("https://open-schools.example"), listed);

        organiser.submit("console/people.xhtml", "organisations", Map.of(), organiser.buttonAfter("class=\"name\">UNESCO<", "delete"));
        assertTrue(organiser.messages().matches("(?s).*(belong|belongs) to UNESCO:.*"), organiser.messages());
    }

    @Test
    @Order(53)
    @RunAsClient
    void theSessionEditorListsTheSpeakersFirstInProgrammeOrderSoSavingKeepsIt() throws Exception {
        String api = ConsoleBrowser.anonymous(base.toURI()).open("api/v1/conferences/mlw2020/sessions").body();
        jakarta.json.JsonObject panel = jakarta.json.Json.createReader(new java.io.StringReader(api)).readArray().stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(x -> x.getString("title").equals("Plenary: national distance-learning strategies"))
                .findFirst().orElseThrow();
        List<String> speakers = panel.getJsonArray("speakers").stream().map(x -> x.asJsonObject().getString("name")).toList();
        assertTrue(speakers.size() > 2 && !speakers.equals(speakers.stream().sorted().toList()),
                "the demo panel's speakers are not in alphabetical order: " + speakers);

        ConsoleBrowser admin = ConsoleBrowser.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
        String html = admin.open("console/session.xhtml?c=mlw2020&id=" + panel.getJsonNumber("id").longValue()).body();
        String select = html.substring(html.indexOf("name=\"session:speakerIds\""));
        select = select.substring(0, select.indexOf("</select>"));
        Matcher option = Pattern.compile("<option value=\"[0-9]+\"( selected=\"selected\")?>([^<]*)</option>").matcher(select);
        List<String> selected = new java.util.ArrayList<>();
        List<String> firstOptions = new java.util.ArrayList<>();
        while (option.find()) {
            if (option.group(1) != null) {
                selected.add(option.group(2));
            }
            if (firstOptions.size() < speakers.size()) {
                firstOptions.add(option.group(2));
            }
        }
        // A browser sends a list box's choices in the order of its options: saving the page as it is keeps the order.
        assertEquals(speakers, selected.stream().map(label -> label.split(" — ")[0]).toList(), select);
        assertEquals(selected, firstOptions, "the speakers come first, in programme order");
    }

    private List<String> pages(String slug) {
        List<String> all = new java.util.ArrayList<>(PLATFORM_PAGES);
        CONFERENCE_PAGES.forEach(p -> all.add(p.formatted(slug)));
        return all;
    }

    /** How a table shows an e-mail address. */
    private static String cell(String email) {
        return "class=\"email\">" + email + "<";
    }

    /** The table row of the page that holds this e-mail address. */
    private static String rowOf(String html, String email) {
        int at = html.indexOf(cell(email));
        if (at < 0) {
            return "";
        }
        int start = html.lastIndexOf("<tr", at);
        int end = html.indexOf("</tr>", at);
        return html.substring(start, end);
    }
}

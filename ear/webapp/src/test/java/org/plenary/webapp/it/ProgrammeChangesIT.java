package org.plenary.webapp.it;

import jakarta.inject.Inject;
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
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.ConferenceChanges;
import org.plenary.platform.conference.ConferenceForm;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.programme.ProgrammeChanges;
import org.plenary.platform.programme.Session;
import org.plenary.platform.programme.SessionForm;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Stale;
import org.plenary.spi.FormatEditor;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of changing conferences and programmes, in the running platform on its database: who may change what
 * in which conference, ids that belong to another conference, optimistic locking, and the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammeChangesIT {

    static final String ORGANISER = "olga@changes.example";
    static final String OTHER = "otto@changes.example";
    static final String MODERATOR = "mia@changes.example";
    static final String PARTICIPANT = "pia@changes.example";
    static final String PASSWORD = "seven quiet otters row";

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("plenary.war")))
                .addClasses(SignInClient.class, LifecycleEvents.class);
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
    AuditLog audit;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @ArquillianResource
    URL base;

    @Inject
    LifecycleEvents events;

    @Test
    @Order(1)
    void anOrganiserCreatesAConferenceAndBecomesItsOrganiser() {
        Caller admin = new Caller(1, "admin@changes.example", true, Map.of());
        accounts.create(ORGANISER, "Olga", PASSWORD);
        accounts.create(OTHER, "Otto", PASSWORD);
        long mlw = conferences.bySlug("mlw2020").orElseThrow().getId();
        accounts.grantInConference(ORGANISER, Role.ORGANISER, mlw);
        accounts.grantInConference(OTHER, Role.ORGANISER, mlw);

        Conference lab = conferenceChanges.create(caller(ORGANISER), form("lab-a"));
        conferenceChanges.create(caller(OTHER), form("lab-b"));
        conferenceChanges.addDay(caller(ORGANISER), "lab-a", LocalDate.parse("2027-03-01"), "Policies");
        conferenceChanges.addTrack(caller(ORGANISER), "lab-a", "main", "Main hall");
        conferenceChanges.addDay(caller(OTHER), "lab-b", LocalDate.parse("2027-03-01"), null);
        conferenceChanges.addTrack(caller(OTHER), "lab-b", "b-main", "B main");

        assertTrue(accounts.grantsOf(ORGANISER).stream().anyMatch(g -> g.getRole() == Role.ORGANISER
                && lab.getId().equals(g.getConferenceId())), "the creator organises the new conference");
        assertEquals(List.of("conference.create"), audit.ofConference(lab.getId(), 0, 10).stream()
                .filter(e -> e.getAction().startsWith("conference")).map(e -> e.getAction()).toList());
        assertTrue(conferenceChanges != null && admin.admin());
    }

    @Test
    @Order(2)
    void nobodyReachesAnotherConferenceThroughItsSlugOrIds() {
        Caller olga = caller(ORGANISER);
        Caller otto = caller(OTHER);
        Session ottos = programme.save(otto, "lab-b", 0, session("B's session", trackOf("lab-b", "b-main")), FormatEditor.NONE);
        long before = audit.countAll();
        assertAll(
                () -> assertThrows(NotFound.class, () -> programme.save(olga, "lab-b", 0, session("x", null), FormatEditor.NONE)),
                () -> assertThrows(NotFound.class, () -> programme.find(olga, "lab-a", ottos.getId()),
                        "a session id of another conference is not found in one's own"),
                () -> assertThrows(NotFound.class, () -> programme.delete(olga, "lab-a", ottos.getId(), ottos.getVersion())),
                () -> assertEquals("trackId", assertThrows(Refused.class, () -> programme.save(olga, "lab-a", 0,
                        session("Stolen track", trackOf("lab-b", "b-main")), FormatEditor.NONE)).problems().get(0).field()),
                () -> assertThrows(NotFound.class, () -> conferenceChanges.publish(olga, "lab-b", true)));
        assertEquals(before, audit.countAll(), "refusals write nothing");
        assertEquals("B's session", em.find(Session.class, ottos.getId()).getTitle());
    }

    @Test
    @Order(3)
    void rolesWithoutTheRightActionAreRefused() {
        long labA = conferences.bySlug("lab-a").orElseThrow().getId();
        Caller moderator = new Caller(9001, "mod@changes.example", false, Map.of(labA, EnumSet.of(Role.MODERATOR)));
        Caller speaker = new Caller(9002, "spk@changes.example", false, Map.of(labA, EnumSet.of(Role.SPEAKER)));
        Caller participant = new Caller(9003, "par@changes.example", false, Map.of(labA, EnumSet.of(Role.PARTICIPANT)));
        assertAll(
                () -> assertThrows(NotAllowed.class, () -> programme.save(moderator, "lab-a", 0, session("m", null), FormatEditor.NONE)),
                () -> assertThrows(NotAllowed.class, () -> conferenceChanges.addTrack(moderator, "lab-a", "x", "X")),
                () -> assertThrows(NotFound.class, () -> programme.save(speaker, "lab-a", 0, session("s", null), FormatEditor.NONE)),
                () -> assertThrows(NotFound.class, () -> programme.save(participant, "lab-a", 0, session("p", null), FormatEditor.NONE)),
                () -> assertThrows(NotAllowed.class, () -> conferenceChanges.create(participant, form("lab-p"))),
                () -> assertThrows(NotFound.class, () -> programme.save(Caller.ANONYMOUS, "lab-a", 0, session("a", null), FormatEditor.NONE)));
    }

    @Test
    @Order(4)
    void aConcurrentEditIsCaughtAndTheFirstOneIsKept() {
        Caller olga = caller(ORGANISER);
        Session s = programme.save(olga, "lab-a", 0, session("Opening", trackOf("lab-a", "main")), FormatEditor.NONE);
        SessionForm mine = SessionForm.of(programme.find(olga, "lab-a", s.getId()));
        SessionForm theirs = SessionForm.of(programme.find(olga, "lab-a", s.getId()));
        mine.setTitle("Opening address");
        programme.save(olga, "lab-a", s.getId(), mine, FormatEditor.NONE);
        theirs.setTitle("Welcome");
        assertThrows(Stale.class, () -> programme.save(olga, "lab-a", s.getId(), theirs, FormatEditor.NONE));
        assertThrows(Stale.class, () -> programme.move(olga, "lab-a", s.getId(), theirs.getVersion(),
                LocalDate.parse("2027-03-01"), LocalTime.of(11, 0), null));
        assertEquals("Opening address", programme.find(olga, "lab-a", s.getId()).getTitle());

        Conference c = conferences.bySlug("lab-a").orElseThrow();
        ConferenceForm a = ConferenceForm.of(c);
        ConferenceForm b = ConferenceForm.of(c);
        a.setTitle("Lab A, renamed");
        conferenceChanges.update(olga, "lab-a", a);
        b.setTitle("Lab A, renamed twice");
        assertThrows(Stale.class, () -> conferenceChanges.update(olga, "lab-a", b));
        assertEquals("Lab A, renamed", conferences.bySlug("lab-a").orElseThrow().getTitle());
    }

    @Test
    @Order(5)
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        Caller olga = caller(ORGANISER);
        SessionForm bad = session("x".repeat(301), null);
        bad.setEnd(LocalTime.of(8, 0));
        bad.setStreamUrl("javascript:alert(1)");
        bad.setDay(LocalDate.parse("2027-03-02"));
        long sessions = count();
        Refused refused = assertThrows(Refused.class, () -> programme.save(olga, "lab-a", 0, bad, FormatEditor.NONE));
        assertEquals(List.of("endAfterStart", "streamUrl", "title"), refused.problems().stream().map(Problem::field).sorted().toList(),
                refused.problems()::toString);
        assertEquals(sessions, count());

        Refused keynoteTooLong = assertThrows(Refused.class, () -> {
            SessionForm f = session("Marathon keynote", null);
            f.setEnd(LocalTime.of(12, 0));
            programme.save(olga, "lab-a", 0, f, FormatEditor.NONE);
        });
        assertEquals("a keynote lasts at most 90 minutes", keynoteTooLong.problems().get(0).message(), "the format's own rule");
        assertEquals("day", assertThrows(Refused.class, () -> {
            SessionForm f = session("Not a day", null);
            f.setDay(LocalDate.parse("2027-03-02"));
            programme.save(olga, "lab-a", 0, f, FormatEditor.NONE);
        }).problems().get(0).field());
        assertEquals(sessions, count());
    }

    @Test
    @Order(6)
    void aDayOrTrackWithSessionsIsNotRemovedAndDeletingASessionIsAudited() {
        Caller olga = caller(ORGANISER);
        Conference c = conferences.bySlug("lab-a").orElseThrow();
        long day = c.getDays().get(0).getId();
        long track = trackOf("lab-a", "main");
        assertThrows(Refused.class, () -> conferenceChanges.removeDay(olga, "lab-a", day));
        assertThrows(Refused.class, () -> conferenceChanges.removeTrack(olga, "lab-a", track));
        Session s = programme.all(olga, "lab-a").get(0);
        programme.delete(olga, "lab-a", s.getId(), s.getVersion());
        assertEquals("session.delete", audit.ofConference(c.getId(), 0, 1).get(0).getAction());
        assertEquals(ORGANISER, audit.ofConference(c.getId(), 0, 1).get(0).getActor());
    }

    @Test
    @Order(7)
    void accountsForThePageMatrix() {
        long labA = conferences.bySlug("lab-a").orElseThrow().getId();
        accounts.create(MODERATOR, "Mia", PASSWORD);
        accounts.grantInConference(MODERATOR, Role.MODERATOR, labA);
        accounts.create(PARTICIPANT, "Pia", PASSWORD);
        accounts.grantInConference(PARTICIPANT, Role.PARTICIPANT, labA);
        programme.save(caller(ORGANISER), "lab-a", 0, session("A's session", trackOf("lab-a", "main")), FormatEditor.NONE);
    }

    @Test
    @Order(8)
    @RunAsClient
    void theConsolePagesAnswerEachRoleForItsOwnConferenceOnly() throws Exception {
        SignInClient olga = signedIn(ORGANISER);
        SignInClient otto = signedIn(OTHER);
        String ownSession = firstSessionId(olga, "lab-a");
        String othersSession = firstSessionId(otto, "lab-b");
        assertAll(
                () -> assertEquals(200, olga.get("console/conference.xhtml?c=lab-a").statusCode()),
                () -> assertEquals(200, olga.get("console/programme.xhtml?c=lab-a").statusCode()),
                () -> assertEquals(200, olga.get("console/session.xhtml?c=lab-a&id=" + ownSession).statusCode()),
                () -> assertEquals(200, olga.get("console/conference.xhtml").statusCode(), "an organiser may start a conference"),
                () -> assertEquals(404, olga.get("console/conference.xhtml?c=lab-b").statusCode()),
                () -> assertEquals(404, olga.get("console/programme.xhtml?c=lab-b").statusCode()),
                () -> assertEquals(404, olga.get("console/session.xhtml?c=lab-a&id=" + othersSession).statusCode(),
                        "another conference's session through one's own"),
                () -> assertEquals(404, olga.get("console/session.xhtml?c=lab-b&id=" + othersSession).statusCode()),
                () -> assertEquals(404, olga.get("console/session.xhtml?c=lab-a&id=not-a-number").statusCode()),
                () -> assertFalse(olga.get("console/").body().contains("lab-b"), "others' conferences are not listed"));
        for (String who : List.of(MODERATOR, PARTICIPANT)) {
            SignInClient client = signedIn(who);
            for (String page : List.of("console/", "console/conference.xhtml?c=lab-a", "console/programme.xhtml?c=lab-a",
                    "console/session.xhtml?c=lab-a&id=" + ownSession, "console/conference.xhtml")) {
                assertEquals(403, client.get(page).statusCode(), who + " on " + page);
            }
        }
        HttpResponse<String> anonymous = new SignInClient(base.toURI()).get("console/programme.xhtml?c=lab-a");
        assertEquals(302, anonymous.statusCode());
        assertTrue(SignInClient.location(anonymous).endsWith(SignInClient.signInPageFor("console/programme.xhtml?c=lab-a")),
                SignInClient.location(anonymous));
    }

    @Test
    @Order(9)
    void pluginsHearASessionScheduledStartedEndedAndDeleted() {
        Caller olga = caller(ORGANISER);
        Session s = programme.save(olga, "lab-a", 0, session("Live one", null), FormatEditor.NONE);
        SessionForm f = SessionForm.of(programme.find(olga, "lab-a", s.getId()));
        f.setStatus(org.plenary.spi.SessionStatus.LIVE);
        programme.save(olga, "lab-a", s.getId(), f, FormatEditor.NONE);
        f = SessionForm.of(programme.find(olga, "lab-a", s.getId()));
        f.setStatus(org.plenary.spi.SessionStatus.ENDED);
        programme.save(olga, "lab-a", s.getId(), f, FormatEditor.NONE);
        programme.save(olga, "lab-a", s.getId(), SessionForm.of(programme.find(olga, "lab-a", s.getId())), FormatEditor.NONE);
        programme.delete(olga, "lab-a", s.getId(), programme.find(olga, "lab-a", s.getId()).getVersion());
        assertEquals(List.of("scheduled", "started", "ended", "deleted"), events.of(s.getId()));
    }

    private SignInClient signedIn(String email) throws Exception {
        SignInClient client = new SignInClient(base.toURI());
        assertEquals(302, client.signIn(email, PASSWORD).statusCode(), email + " signs in");
        return client;
    }

    private static String firstSessionId(SignInClient client, String slug) throws Exception {
        HttpResponse<String> grid = client.get("console/programme.xhtml?c=" + slug);
        assertEquals(200, grid.statusCode());
        Matcher m = Pattern.compile("data-session=\"(\\d+)\"").matcher(grid.body());
        assertTrue(m.find(), "a session in the grid of " + slug);
        return m.group(1);
    }

    private long count() {
        return em.createQuery("select count(s) from Session s", Long.class).getSingleResult();
    }

    private Caller caller(String email) {
        var account = accounts.byEmail(email).orElseThrow();
        Map<Long, java.util.Set<Role>> roles = new java.util.HashMap<>();
        accounts.grantsOf(email).forEach(g -> roles.computeIfAbsent(g.getConferenceId(), k -> EnumSet.noneOf(Role.class)).add(g.getRole()));
        return new Caller(account.getId(), email, false, roles);
    }

    private long trackOf(String slug, String key) {
        return conferences.bySlug(slug).orElseThrow().track(key).orElseThrow().getId();
    }

    private static ConferenceForm form(String slug) {
        ConferenceForm f = new ConferenceForm();
        f.setSlug(slug);
        f.setTitle("Lab " + slug);
        f.setTimeZone("Africa/Nairobi");
        f.setFirstDay(LocalDate.parse("2027-03-01"));
        f.setLastDay(LocalDate.parse("2027-03-02"));
        f.setLanguages("en, fr");
        return f;
    }

    private static SessionForm session(String title, Long trackId) {
        SessionForm f = new SessionForm();
        f.setFormatId("keynote");
        f.setTitle(title);
        f.setDay(LocalDate.parse("2027-03-01"));
        f.setStart(LocalTime.of(9, 0));
        f.setEnd(LocalTime.of(9, 30));
        f.setTrackId(trackId);
        return f;
    }
}

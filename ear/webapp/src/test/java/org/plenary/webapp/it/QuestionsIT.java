package org.plenary.webapp.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
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
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.programme.Programme;
import org.plenary.platform.programme.Session;
import org.plenary.platform.questions.LiveQuestions;
import org.plenary.platform.questions.Moderation;
import org.plenary.platform.questions.Question;
import org.plenary.platform.questions.QuestionRefused;
import org.plenary.platform.questions.QuestionState;
import org.plenary.platform.questions.Questions;
import org.plenary.platform.transfer.ConferenceExport;
import org.plenary.platform.transfer.ConferenceImport;
import org.plenary.webapp.it.qa.TownHallFormat;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live Q&amp;A on the running platform, with a test-only format that declares it ({@link TownHallFormat}): asking
 * (signed in, length limit, Q&amp;A open), one vote per participant (also when two race), moderation and who may
 * moderate, throttling, what participants never see (pending and hidden questions: not in the page, the JSON or the
 * pushes), the forms as a browser posts them, the pushes of the session's web socket (coalesced), the moderator's
 * page, and a session's questions through export and import. Runs in the container and talks HTTP to it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuestionsIT {

    static final String SLUG = "qa-2031";
    static final String OTHER_SLUG = "qa-other";
    static final String PASSWORD = "seven quiet otters row";
    static final String ORA = "ora@qa.example";
    static final String MIA = "mia@qa.example";
    static final String OMAR = "omar@qa.example";
    static final String PAT = "pat@qa.example";
    static final String PIA = "pia@qa.example";
    static final String TAM = "tam@qa.example";
    static final String FLO = "flo@qa.example";
    static final String ADA = "ada@qa.example";
    static final int VOTERS = 12;
    /** The deployment's limits: 3 questions and 5 votes a minute per account. */
    static final int VOTES_PER_MINUTE = 5;

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    /** Session and question ids by name, kept between the ordered tests (the container's JVM runs them all). */
    static final Map<String, Long> ids = new LinkedHashMap<>();

    @Deployment
    static WebArchive deployment() {
        JavaArchive format = ShrinkWrap.create(JavaArchive.class, "town-hall-format.jar")
                .addPackage(TownHallFormat.class.getPackage())
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("plenary.war")))
                .addAsLibrary(format)
                .addClasses(SignInClient.class, ApiClient.class)
                .addAsResource(new StringAsset("plenary.questions.perMinute=3\nplenary.questions.votesPerMinute="
                        + VOTES_PER_MINUTE + "\n"), "META-INF/microprofile-config.properties");
    }

    @Inject
    Accounts accounts;

    @Inject
    Conferences conferences;

    @Inject
    ConferenceImport importer;

    @Inject
    ConferenceExport export;

    @Inject
    Programme programme;

    @Inject
    Questions questions;

    @Inject
    org.plenary.platform.programme.ProgrammeChanges programmeChanges;

    @Inject
    LiveQuestions live;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aPublishedConferenceWithATownHallItsModeratorsAndParticipants() {
        long qa = importer.importConference(conference(SLUG, List.of(
                session("s-hall", "Ask the panel", TownHallFormat.ID, "SCHEDULED", "09:00"),
                session("s-second", "Second town hall", TownHallFormat.ID, "SCHEDULED", "10:00"),
                session("s-keynote", "Closing keynote", "keynote", "SCHEDULED", "11:00"),
                session("s-draft", "Draft town hall", TownHallFormat.ID, "DRAFT", "12:00")))).conferenceId();
        long other = importer.importConference(conference(OTHER_SLUG, List.of(
                session("s-elsewhere", "Elsewhere", TownHallFormat.ID, "SCHEDULED", "09:00")))).conferenceId();
        for (String email : List.of(ORA, MIA, OMAR, PAT, PIA, TAM, FLO, ADA)) {
            accounts.create(email, email.substring(0, 1).toUpperCase() + email.substring(1, 3), PASSWORD);
        }
        for (int i = 0; i < VOTERS; i++) {
            accounts.create(voter(i), "Voter " + i, PASSWORD);
        }
        accounts.grantInConference(ORA, Role.ORGANISER, qa);
        accounts.grantInConference(MIA, Role.MODERATOR, qa);
        accounts.grantInConference(OMAR, Role.MODERATOR, other);
        accounts.grantInConference(PAT, Role.PARTICIPANT, qa);
        accounts.grantInConference(PIA, Role.PARTICIPANT, qa);
        List<Session> all = programme.publicSessions(conferences.bySlug(SLUG).orElseThrow());
        all.forEach(s -> ids.put(s.getTitle(), s.getId()));
        ids.put("Elsewhere", programme.publicSessions(conferences.bySlug(OTHER_SLUG).orElseThrow()).get(0).getId());
        ids.put("Draft town hall", export.export(SLUG).orElseThrow().getJsonArray("sessions").stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("status").equals("DRAFT")).findFirst()
                .map(s -> Long.parseLong(s.getString("key").substring(2))).orElseThrow());
        assertEquals(3, all.size(), "the draft is not public");
        assertTrue(questions.isOn(TownHallFormat.ID));
        assertFalse(questions.isOn("keynote"), "the keynote does not declare QUESTIONS");
    }

    @Test
    @Order(2)
    void aSignedInParticipantAsksAndTheQuestionWaitsForAModerator() {
        long hall = ids.get("Ask the panel");
        Question q = questions.ask(caller(PAT), hall, "  How do schools without electricity take part?  ", true);
        ids.put("electricity", q.getId());
        assertAll(
                () -> assertEquals(QuestionState.PENDING, q.getState()),
                () -> assertEquals("How do schools without electricity take part?", q.getText(), "trimmed"),
                () -> assertEquals("Pat", q.getShownName()),
                () -> assertTrue(questions.visible(hall).isEmpty(), "not shown before a moderator approves it"),
                () -> assertEquals(List.of(q.getId()), questions.waitingFrom(caller(PAT), hall).stream().map(Question::getId).toList()),
                () -> assertTrue(questions.waitingFrom(caller(PIA), hall).isEmpty(), "another's pending question stays theirs"),
                () -> assertThrows(NotAllowed.class, () -> questions.ask(Caller.ANONYMOUS, hall, "Anonymous?", false)),
                () -> assertThrows(NotFound.class, () -> questions.ask(caller(PAT), ids.get("Closing keynote"), "Keynote?", false),
                        "the keynote has no Q&A"),
                () -> assertThrows(NotFound.class, () -> questions.ask(caller(PAT), ids.get("Draft town hall"), "Draft?", false)),
                () -> assertThrows(NotFound.class, () -> questions.ask(caller(PAT), 987_654_321L, "Nowhere?", false)));

        QuestionRefused tooLong = assertThrows(QuestionRefused.class, () -> questions.ask(caller(PIA), hall, "x".repeat(501), false));
        QuestionRefused blank = assertThrows(QuestionRefused.class, () -> questions.ask(caller(PIA), hall, "   ", false));
        assertAll(
                () -> assertEquals(QuestionRefused.Reason.INVALID, tooLong.reason()),
                () -> assertEquals("Your question is too long: at most 500 characters.", tooLong.problems().get(0).message()),
                () -> assertEquals("Write your question first.", blank.problems().get(0).message()));
        Question longest = questions.ask(caller(PIA), hall, "y".repeat(Question.TEXT_MAX), false);
        assertEquals(null, longest.getShownName(), "Pia did not show her name");
        ids.put("longest", longest.getId());
    }

    @Test
    @Order(3)
    void moderatorsOfTheConferenceApproveHidePinAndAnswerOthersMayNot() {
        long hall = ids.get("Ask the panel");
        long electricity = ids.get("electricity");
        for (String notAModerator : List.of(PAT, PIA, OMAR)) {
            assertThrows(NotFound.class, () -> questions.moderate(caller(notAModerator), hall, electricity, Moderation.APPROVE),
                    notAModerator + " holds no role of the console in this conference");
            assertThrows(NotFound.class, () -> questions.all(caller(notAModerator), hall));
        }
        assertThrows(NotFound.class, () -> questions.moderate(caller(MIA), ids.get("Elsewhere"), electricity, Moderation.APPROVE),
                "Mia moderates this conference only");
        assertThrows(NotFound.class, () -> questions.moderate(caller(MIA), ids.get("Second town hall"), electricity, Moderation.APPROVE),
                "a question of another session");
        QuestionRefused notYet = assertThrows(QuestionRefused.class,
                () -> questions.moderate(caller(MIA), hall, electricity, Moderation.PIN));
        assertEquals("Only an approved question can be marked answered or pinned: approve it first.", notYet.getMessage());

        questions.moderate(caller(MIA), hall, electricity, Moderation.APPROVE);
        questions.moderate(caller(ORA), hall, ids.get("longest"), Moderation.APPROVE);
        Question third = questions.ask(caller(TAM), hall, "What about teachers' training?", true);
        ids.put("training", third.getId());
        questions.moderate(admin(), hall, third.getId(), Moderation.APPROVE);
        assertEquals(List.of(electricity, ids.get("longest"), third.getId()), visibleIds(hall), "no votes yet: oldest first");

        questions.moderate(caller(MIA), hall, third.getId(), Moderation.PIN);
        assertEquals(third.getId(), visibleIds(hall).get(0), "the pinned question comes first");
        questions.moderate(caller(MIA), hall, electricity, Moderation.PIN);
        List<Question> shown = questions.visible(hall);
        assertAll("one pinned question per session",
                () -> assertEquals(electricity, shown.get(0).getId()),
                () -> assertEquals(1, shown.stream().filter(Question::isPinned).count()));

        questions.moderate(caller(MIA), hall, electricity, Moderation.HIDE);
        assertFalse(visibleIds(hall).contains(electricity), "hidden");
        assertFalse(questions.all(caller(MIA), hall).stream().filter(q -> q.getId() == electricity).findFirst().orElseThrow().isPinned(),
                "a hidden question is never pinned");
        questions.moderate(caller(MIA), hall, electricity, Moderation.APPROVE);
        questions.moderate(caller(MIA), hall, third.getId(), Moderation.ANSWERED);
        assertTrue(questions.visible(hall).stream().filter(q -> q.getId().equals(third.getId())).findFirst().orElseThrow().isAnswered());
        questions.moderate(caller(MIA), hall, third.getId(), Moderation.NOT_ANSWERED);
        assertEquals(Set.of(QuestionState.APPROVED), Set.copyOf(questions.all(caller(ORA), hall).stream().map(Question::getState).toList()));
    }

    @Test
    @Order(4)
    void eachParticipantVotesOnceEvenWhenTwoVotesRace() throws Exception {
        long hall = ids.get("Ask the panel");
        long training = ids.get("training");
        assertTrue(questions.vote(caller(PIA), hall, training));
        assertFalse(questions.vote(caller(PIA), hall, training), "a second vote changes nothing");
        assertEquals(1, votes(hall, training));
        assertAll(
                () -> assertThrows(NotAllowed.class, () -> questions.vote(Caller.ANONYMOUS, hall, training)),
                () -> assertThrows(NotFound.class, () -> questions.vote(caller(PIA), ids.get("Second town hall"), training),
                        "the question is not of that session"),
                () -> assertThrows(NotFound.class, () -> questions.vote(caller(PIA), hall, 987_654_321L)));
        Question waiting = questions.ask(caller(PAT), hall, "A question nobody approved yet", false);
        ids.put("waiting", waiting.getId());
        assertThrows(NotFound.class, () -> questions.vote(caller(PIA), hall, waiting.getId()), "a pending question takes no vote");

        // The same account twice at once, as a double click sends it: one vote.
        SignInClient pat = signedIn(PAT);
        String token = token(pat.get("session.xhtml?id=" + hall).body());
        Map<String, String> form = Map.of("session", String.valueOf(hall), "question", String.valueOf(training), "token", token);
        List<Integer> statuses = race(() -> pat.post("questions/vote", form, "application/json").statusCode(),
                () -> pat.post("questions/vote", form, "application/json").statusCode());
        assertEquals(List.of(204, 204), statuses);
        assertEquals(2, votes(hall, training), "Pia's and Pat's");

        // Two accounts at once: both count.
        SignInClient a = signedIn(voter(0));
        SignInClient b = signedIn(voter(1));
        String tokenA = token(a.get("session.xhtml?id=" + hall).body());
        String tokenB = token(b.get("session.xhtml?id=" + hall).body());
        race(() -> a.post("questions/vote", Map.of("session", "" + hall, "question", "" + training, "token", tokenA), "application/json").statusCode(),
                () -> b.post("questions/vote", Map.of("session", "" + hall, "question", "" + training, "token", tokenB), "application/json").statusCode());
        assertEquals(4, votes(hall, training));
        assertEquals(training, visibleIds(hall).get(0), "the most voted first (none is pinned)");
    }

    @Test
    @Order(5)
    void aFloodFromOneAccountIsThrottled() {
        long hall = ids.get("Second town hall");
        Caller flo = caller(FLO);
        for (int i = 1; i <= 3; i++) {
            questions.ask(flo, hall, "Flood " + i, false);
        }
        QuestionRefused tooMany = assertThrows(QuestionRefused.class, () -> questions.ask(flo, hall, "Flood 4", false));
        assertAll(
                () -> assertEquals(QuestionRefused.Reason.TOO_MANY, tooMany.reason()),
                () -> assertEquals("You asked 3 questions in the last minute, the most one may: wait a minute, then ask again.",
                        tooMany.getMessage()),
                () -> assertEquals(List.of("Flood 1", "Flood 2", "Flood 3"), questions.all(admin(), hall).stream()
                        .map(Question::getText).filter(t -> t.startsWith("Flood")).sorted().toList(), "the refused one was not kept"),
                () -> assertTrue(questions.ask(caller(TAM), hall, "Another account asks on", false).getId() > 0));

        for (int i = 0; i < VOTES_PER_MINUTE + 1; i++) {
            Question q = questions.ask(caller(voter(2 + i)), hall, "Votable " + i, false);
            questions.moderate(caller(MIA), hall, q.getId(), Moderation.APPROVE);
            ids.put("votable-" + i, q.getId());
        }
        Caller flooder = caller(voter(VOTERS - 1));
        for (int i = 0; i < VOTES_PER_MINUTE; i++) {
            assertTrue(questions.vote(flooder, hall, ids.get("votable-" + i)));
        }
        QuestionRefused tooManyVotes = assertThrows(QuestionRefused.class,
                () -> questions.vote(flooder, hall, ids.get("votable-" + VOTES_PER_MINUTE)));
        assertEquals("You voted 5 times in the last minute, the most one may: wait a minute, then vote again.", tooManyVotes.getMessage());
        assertEquals(0, votes(hall, ids.get("votable-" + VOTES_PER_MINUTE)));
    }

    @Test
    @Order(6)
    void closedQuestionsRefuseQuestionsAndVotesUntilReopened() {
        long hall = ids.get("Ask the panel");
        assertThrows(NotFound.class, () -> questions.setOpen(caller(PAT), hall, false), "a participant may not close it");
        questions.setOpen(caller(MIA), hall, false);
        assertFalse(questions.isOpen(hall));
        QuestionRefused closed = assertThrows(QuestionRefused.class, () -> questions.ask(caller(PIA), hall, "Too late?", false));
        assertAll(
                () -> assertEquals(QuestionRefused.Reason.CLOSED, closed.reason()),
                () -> assertEquals("Questions are closed for this session: nothing was sent.", closed.getMessage()),
                () -> assertThrows(QuestionRefused.class, () -> questions.vote(caller(PIA), hall, ids.get("electricity"))),
                () -> assertEquals(3, questions.visible(hall).size(), "the list stays"));
        questions.setOpen(caller(ORA), hall, true);
        assertTrue(questions.isOpen(hall));
    }

    @Test
    @Order(7)
    void pendingAndHiddenQuestionsNeverReachParticipants() throws Exception {
        long hall = ids.get("Ask the panel");
        Question hidden = questions.ask(caller(PIA), hall, "An insult the moderators hide", false);
        questions.moderate(caller(MIA), hall, hidden.getId(), Moderation.HIDE);
        String pending = "A question nobody approved yet";
        SignInClient anonymous = new SignInClient(base.toURI());
        String page = anonymous.get("session.xhtml?id=" + hall).body();
        String json = anonymous.get("api/v1/sessions/" + hall + "/questions").body();
        String piasPage = signedIn(PIA).get("session.xhtml?id=" + hall).body();
        String patsPage = signedIn(PAT).get("session.xhtml?id=" + hall).body();
        JsonObject snapshot = Json.createReader(new StringReader(json)).readObject();
        List<String> pushed = pushesOf(hall, () -> questions.vote(caller(voter(3)), hall, ids.get("electricity")), 1);
        assertAll(
                () -> assertTrue(page.contains("How do schools without electricity take part?"), page),
                () -> assertTrue(page.contains("Sign in to ask a question and vote"), "an invitation to sign in"),
                () -> assertFalse(page.contains("questions/vote"), "no vote buttons for anonymous visitors"),
                () -> assertTrue(anonymous.sessionId().isEmpty(), "no HTTP session for an anonymous visitor"),
                () -> assertEquals(3, snapshot.getJsonArray("questions").size()),
                () -> assertEquals("Pat", snapshot.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                        .filter(q -> q.getJsonNumber("id").longValue() == ids.get("electricity")).findFirst().orElseThrow().getString("name")),
                () -> assertFalse(snapshot.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                        .filter(q -> q.getJsonNumber("id").longValue() == ids.get("longest")).findFirst().orElseThrow().containsKey("name"),
                        "Pia did not show her name"),
                () -> assertFalse(pushed.isEmpty(), "a push after the vote"));
        for (String text : List.of("An insult the moderators hide", pending)) {
            assertAll(text,
                    () -> assertFalse(page.contains(text), "not in an anonymous visitor's page"),
                    () -> assertFalse(piasPage.contains(text), "not in another participant's page"),
                    () -> assertFalse(json.contains(text), "not in the JSON"),
                    () -> assertTrue(pushed.stream().noneMatch(p -> p.contains(text)), "not in a push"));
        }
        assertAll("Pat sees his own question waiting, and his name nowhere else",
                () -> assertTrue(patsPage.contains(pending), patsPage),
                () -> assertTrue(patsPage.contains("awaiting moderation")),
                () -> assertFalse(page.contains("pat@qa.example")));
    }

    @Test
    @Order(8)
    void theFormsAskAndVoteAsABrowserPostsThem() throws Exception {
        long hall = ids.get("Second town hall");
        SignInClient pia = signedIn(PIA);
        String page = pia.get("session.xhtml?id=" + hall).body();
        String token = token(page);
        assertAll(
                () -> assertTrue(page.contains("action=\"questions/ask\""), page),
                () -> assertTrue(page.contains("maxlength=\"500\"")));

        HttpResponse<String> asked = pia.post("questions/ask", Map.of("session", "" + hall, "text", "Will the <b>slides</b> be online? Où, à quelle heure ? متى؟",
                "showName", "on", "token", token));
        assertEquals(303, asked.statusCode());
        assertTrue(SignInClient.location(asked).endsWith("/session.xhtml?id=" + hall + "&qa=asked#questions"), SignInClient.location(asked));
        String after = pia.get("session.xhtml?id=" + hall + "&qa=asked").body();
        assertAll(
                () -> assertTrue(after.contains("your question waits for a moderator"), after),
                () -> assertTrue(after.contains("Will the &lt;b&gt;slides&lt;/b&gt; be online? Où, à quelle heure ? متى؟"), "escaped, any script"),
                () -> assertFalse(after.contains("<b>slides</b>")));

        HttpResponse<String> tooLong = pia.post("questions/ask", Map.of("session", "" + hall, "text", "z".repeat(600), "token", token));
        assertTrue(SignInClient.location(tooLong).endsWith("&qa=refused#questions"));
        String refused = pia.get("session.xhtml?id=" + hall + "&qa=refused").body();
        assertTrue(refused.contains("Your question is too long: at most 500 characters."), refused);
        assertFalse(pia.get("session.xhtml?id=" + hall + "&qa=refused").body().contains("too long"), "shown once");
        assertEquals(403, signedIn(PAT).post("questions/ask", Map.of("session", "" + hall, "text", "Hi", "token", token), "application/json")
                .statusCode(), "another visitor's token");

        long votable = ids.get("votable-0");
        HttpResponse<String> vote = pia.post("questions/vote", Map.of("session", "" + hall, "question", "" + votable, "token", token));
        assertEquals(303, vote.statusCode());
        String voted = pia.get("session.xhtml?id=" + hall + "&qa=voted").body();
        assertTrue(voted.contains("Your vote counts."));
        assertTrue(item(voted, votable).contains("You voted") && !item(voted, votable).contains("hidden=\"hidden\">You voted"),
                item(voted, votable));

        SignInClient anonymous = new SignInClient(base.toURI());
        assertAll(
                () -> assertEquals(403, pia.post("questions/vote", Map.of("session", "" + hall, "question", "" + votable, "token", "forged")).statusCode()),
                () -> assertEquals(404, pia.post("questions/vote", Map.of("session", "" + ids.get("Ask the panel"), "question", "" + votable, "token", token)).statusCode(),
                        "a question must be of the session of the form"),
                () -> assertEquals(404, pia.post("questions/ask", Map.of("session", "" + ids.get("Closing keynote"), "text", "Hi", "token", token)).statusCode()),
                () -> assertEquals(404, pia.post("questions/ask", Map.of("session", "x1", "text", "Hi", "token", token)).statusCode()),
                () -> assertTrue(SignInClient.location(anonymous.post("questions/ask", Map.of("session", "" + hall, "text", "Hi", "token", token)))
                        .contains("/login.xhtml?return=%2Fsession.xhtml%3Fid%3D" + hall), "sign in, then back to the session"));

        SignInClient flooder = signedIn(voter(VOTERS - 1));
        HttpResponse<String> throttled = flooder.post("questions/vote", Map.of("session", "" + hall, "question", "" + ids.get("votable-" + VOTES_PER_MINUTE),
                "token", token(flooder.get("session.xhtml?id=" + hall).body())), "application/json");
        assertEquals(429, throttled.statusCode());
        assertTrue(throttled.body().contains("wait a minute"), throttled.body());
    }

    @Test
    @Order(9)
    void viewersArePushedTheListLiveAndABurstOfVotesIsCoalesced() throws Exception {
        long hall = ids.get("Ask the panel");
        long longest = ids.get("longest");
        int before = votes(hall, longest);
        long started = System.nanoTime();
        List<String> pushed = pushesOf(hall, () -> {
            for (int i = 4; i < VOTERS - 1; i++) {
                questions.vote(caller(voter(i)), hall, longest);
            }
        }, 1);
        double seconds = (System.nanoTime() - started) / 1e9;
        int cast = VOTERS - 1 - 4;
        JsonObject last = Json.createReader(new StringReader(pushed.get(pushed.size() - 1))).readObject();
        assertAll(
                () -> assertTrue(pushed.size() < cast, pushed.size() + " pushes for " + cast + " votes"),
                () -> assertTrue(pushed.size() <= seconds * 4 + 2, pushed.size() + " pushes in " + seconds + " s"),
                () -> assertEquals(hall, last.getJsonNumber("session").longValue()),
                () -> assertEquals(before + cast, last.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                        .filter(q -> q.getJsonNumber("id").longValue() == longest).findFirst().orElseThrow().getInt("votes")),
                () -> assertTrue(live.relay().description().startsWith("data grid"), "the Arquillian Micro is in a data grid: "
                        + live.relay().description()));

        CompletableFuture<Integer> refusedCode = new CompletableFuture<>();
        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(socketUri(ids.get("Closing keynote")), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                refusedCode.complete(statusCode);
                return null;
            }
        }).join();
        assertEquals(1008, refusedCode.get(10, TimeUnit.SECONDS), "a session without Q&A: no socket");
    }

    @Test
    @Order(10)
    void theModeratorsPageIsForTheConferencesModeratorsOnly() throws Exception {
        long hall = ids.get("Ask the panel");
        String path = "console/moderate.xhtml?c=" + SLUG + "&id=" + hall;
        HttpResponse<String> mia = signedIn(MIA).get(path);
        assertAll(
                () -> assertEquals(200, mia.statusCode()),
                () -> assertTrue(mia.body().contains("A question nobody approved yet"), "pending questions are there"),
                () -> assertTrue(mia.body().contains("An insult the moderators hide"), "hidden ones too"),
                () -> assertTrue(mia.body().contains("jakarta.faces.push"), "the page listens to the moderation channel"),
                () -> assertEquals(200, signedIn(ORA).get(path).statusCode()),
                () -> assertEquals(404, signedIn(PAT).get(path).statusCode(), "a participant"),
                () -> assertEquals(404, signedIn(OMAR).get(path).statusCode(), "another conference's moderator"),
                () -> assertEquals(404, signedIn(MIA).get("console/moderate.xhtml?c=" + SLUG + "&id=" + ids.get("Elsewhere")).statusCode()),
                () -> assertEquals(404, signedIn(MIA).get("console/moderate.xhtml?c=" + OTHER_SLUG + "&id=" + hall).statusCode()),
                () -> assertEquals(404, signedIn(MIA).get("console/moderate.xhtml?c=" + SLUG + "&id=" + ids.get("Closing keynote")).statusCode()),
                () -> assertTrue(SignInClient.location(new SignInClient(base.toURI()).get(path)).contains("login.xhtml"), "sign in first"),
                () -> assertTrue(signedIn(MIA).get("session.xhtml?id=" + hall).body().contains("console/moderate.xhtml?c=" + SLUG + "&amp;id=" + hall),
                        "the session's page links a moderator to it"),
                () -> assertFalse(signedIn(PIA).get("session.xhtml?id=" + hall).body().contains("console/moderate.xhtml")));
    }

    @Test
    @Order(11)
    void aSessionsQuestionsTravelWithItsExportAndImportBack() {
        long hall = ids.get("Ask the panel");
        questions.moderate(caller(MIA), hall, ids.get("electricity"), Moderation.PIN);
        questions.moderate(caller(MIA), hall, ids.get("training"), Moderation.ANSWERED);
        questions.setOpen(caller(MIA), ids.get("Second town hall"), false);
        JsonObject file = export.export(SLUG).orElseThrow();
        JsonObject exportedHall = session(file, "Ask the panel");
        JsonArray exported = exportedHall.getJsonArray("questions");
        JsonObject electricity = exported.stream().map(JsonValue::asJsonObject)
                .filter(q -> q.getString("text").startsWith("How do schools")).findFirst().orElseThrow();
        assertAll(
                () -> assertEquals(5, exported.size(), "approved, pending and hidden alike"),
                () -> assertEquals("APPROVED", electricity.getString("state")),
                () -> assertTrue(electricity.getBoolean("pinned")),
                () -> assertEquals("Pat", electricity.getString("name")),
                () -> assertTrue(electricity.getString("askedAt").endsWith("Z")),
                () -> assertFalse(exportedHall.containsKey("questionsOpen"), "open is the default"),
                () -> assertFalse(session(file, "Second town hall").getBoolean("questionsOpen")),
                () -> assertFalse(file.toString().contains("@qa.example"), "no accounts in the export"));

        JsonObjectBuilder moved = Json.createObjectBuilder(file);
        moved.add("conference", Json.createObjectBuilder(file.getJsonObject("conference")).add("slug", "qa-moved"));
        importer.importConference(moved.build());
        Session movedHall = programme.publicSessions(conferences.bySlug("qa-moved").orElseThrow()).stream()
                .filter(s -> s.getTitle().equals("Ask the panel")).findFirst().orElseThrow();
        Session movedSecond = programme.publicSessions(conferences.bySlug("qa-moved").orElseThrow()).stream()
                .filter(s -> s.getTitle().equals("Second town hall")).findFirst().orElseThrow();
        List<Question> was = questions.all(admin(), hall);
        List<Question> is = questions.all(admin(), movedHall.getId());
        assertAll(
                () -> assertEquals(was.stream().map(QuestionsIT::described).toList(), is.stream().map(QuestionsIT::described).toList()),
                () -> assertEquals(questions.visible(hall).stream().map(Question::getText).toList(),
                        questions.visible(movedHall.getId()).stream().map(Question::getText).toList(), "the participants' order"),
                () -> assertFalse(questions.isOpen(movedSecond.getId()), "closed stays closed"),
                () -> assertTrue(questions.waitingFrom(caller(PAT), movedHall.getId()).isEmpty(), "imported questions have no author"),
                () -> assertTrue(questions.vote(caller(PIA), movedHall.getId(), is.stream().filter(q -> q.getText().startsWith("What about")).findFirst().orElseThrow().getId()),
                        "no voter is imported: Pia may vote again there"),
                () -> assertEquals(session(file, "Ask the panel").toString(),
                        session(export.export(SLUG).orElseThrow(), "Ask the panel").toString(), "an export is stable"));
    }

    @Test
    @Order(12)
    void deletingASessionTakesItsQuestionsAndVotesAlong() throws Exception {
        Session moved = programme.publicSessions(conferences.bySlug("qa-moved").orElseThrow()).stream()
                .filter(s -> s.getTitle().equals("Ask the panel")).findFirst().orElseThrow();
        assertFalse(questions.all(admin(), moved.getId()).isEmpty());
        programmeChanges.delete(admin(), "qa-moved", moved.getId(), moved.getVersion());
        javax.sql.DataSource ds = javax.naming.InitialContext.doLookup("java:comp/DefaultDataSource");
        try (java.sql.Connection c = ds.getConnection(); java.sql.PreparedStatement count = c.prepareStatement(
                "select (select count(*) from question where session_id = ?) + (select count(*) from question_board where session_id = ?)")) {
            count.setLong(1, moved.getId());
            count.setLong(2, moved.getId());
            try (java.sql.ResultSet rs = count.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1), "no question or board is left of the deleted session");
            }
        }
    }

    @Test
    @Order(13)
    void programsAskAndVoteThroughTheApiWithAToken() throws Exception {
        long hall = ids.get("Ask the panel");
        long training = ids.get("training");
        ApiClient ada = new ApiClient(base.toURI(), ApiClient.tokenFromConsole(base.toURI(), ADA, PASSWORD, "questions"), "en");
        ApiClient anonymous = ApiClient.anonymous(base.toURI());
        HttpResponse<String> asked = ada.post("sessions/" + hall + "/questions", "{\"text\": \"Asked by a program?\", \"showName\": true}");
        assertAll(
                () -> assertEquals(201, asked.statusCode(), asked.body()),
                () -> assertEquals("PENDING", ApiClient.object(asked).getString("state")),
                () -> assertEquals(404, ada.post("sessions/" + hall + "/questions/" + ids.get("waiting") + "/vote", null).statusCode(),
                        "a pending question"),
                () -> assertEquals(404, ada.post("sessions/" + ids.get("Closing keynote") + "/questions", "{\"text\": \"Hi\"}").statusCode()),
                () -> assertEquals(400, ada.post("sessions/" + hall + "/questions", "{\"text\": \"" + "w".repeat(501) + "\"}").statusCode()),
                () -> assertEquals(401, anonymous.post("sessions/" + hall + "/questions/" + training + "/vote", null).statusCode()),
                () -> assertEquals(200, anonymous.get("sessions/" + hall + "/questions").statusCode(), "reading needs no token"),
                () -> assertEquals(404, anonymous.get("sessions/" + ids.get("Draft town hall") + "/questions").statusCode()));
        long adas = ApiClient.object(asked).getJsonNumber("id").longValue();
        ApiClient mia = new ApiClient(base.toURI(), ApiClient.tokenFromConsole(base.toURI(), MIA, PASSWORD, "moderation"), "en");
        String approve = "{\"decision\": \"APPROVE\"}";
        HttpResponse<String> approved = mia.post("sessions/" + hall + "/questions/" + adas + "/moderation", approve);
        assertAll("a moderator decides through the API too",
                () -> assertEquals(200, approved.statusCode(), approved.body()),
                () -> assertEquals("APPROVED", ApiClient.object(approved).getString("state")),
                () -> assertEquals(404, ada.post("sessions/" + hall + "/questions/" + adas + "/moderation", approve).statusCode(),
                        "a participant may not"),
                () -> assertEquals(400, mia.post("sessions/" + hall + "/questions/" + adas + "/moderation", "{\"decision\": \"BURN\"}").statusCode()),
                () -> assertEquals(400, mia.post("sessions/" + hall + "/questions/" + ids.get("waiting") + "/moderation",
                        "{\"decision\": \"PIN\"}").statusCode(), "a pending question is not pinned"),
                () -> assertTrue(visibleIds(hall).contains(adas)));
        int before = votes(hall, training);
        assertEquals(204, ada.post("sessions/" + hall + "/questions/" + training + "/vote", null).statusCode());
        assertEquals(204, ada.post("sessions/" + hall + "/questions/" + training + "/vote", null).statusCode(), "again: nothing changes");
        assertEquals(before + 1, votes(hall, training), "a program's vote counts as a form's, once");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static String described(Question q) {
        return q.getText() + "|" + q.getState() + "|" + q.getVotes() + "|" + q.isAnswered() + "|" + q.isPinned() + "|"
                + q.getShownName() + "|" + q.getAskedAt();
    }

    /** The pushes the session's socket receives while the action runs and a second after (at least {@code atLeast}). */
    private List<String> pushesOf(long sessionId, ThrowingRunnable action, int atLeast) throws Exception {
        List<String> messages = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> opened = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(socketUri(sessionId), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    if (!opened.isDone()) {
                        opened.complete(null); // the snapshot sent on opening
                    } else {
                        messages.add(text.toString());
                    }
                    text.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        try {
            opened.get(10, TimeUnit.SECONDS);
            action.run();
            long until = System.currentTimeMillis() + 10_000;
            while (messages.size() < atLeast && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            Thread.sleep(1_000);
            return List.copyOf(messages);
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    private URI socketUri(long sessionId) throws Exception {
        return URI.create(base.toURI().resolve("questions/live/" + sessionId).toString().replaceFirst("^http", "ws"));
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @SafeVarargs
    private static List<Integer> race(java.util.concurrent.Callable<Integer>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Integer>> running = pool.invokeAll(List.of(calls));
            List<Integer> out = new java.util.ArrayList<>();
            for (Future<Integer> f : running) {
                out.add(f.get(30, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private int votes(long sessionId, long questionId) {
        return questions.all(admin(), sessionId).stream().filter(q -> q.getId() == questionId).findFirst().orElseThrow().getVotes();
    }

    private List<Long> visibleIds(long sessionId) {
        return questions.visible(sessionId).stream().map(Question::getId).toList();
    }

    private static String item(String html, long questionId) {
        int at = html.indexOf("data-id=\"" + questionId + "\"");
        assertTrue(at >= 0, "no question " + questionId + " on the page");
        int next = html.indexOf("</li>", at);
        return html.substring(at, next);
    }

    private static JsonObject session(JsonObject file, String title) {
        return file.getJsonArray("sessions").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("title").equals(title)).findFirst().orElseThrow();
    }

    private SignInClient signedIn(String email) throws Exception {
        SignInClient client = new SignInClient(base.toURI());
        int status = client.signIn(email, PASSWORD).statusCode();
        assertTrue(status == 302 || status == 303, "signed in: " + status);
        return client;
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertTrue(m.find(), "a form token on the page");
        return m.group(1);
    }

    private Caller caller(String email) {
        var account = accounts.byEmail(email).orElseThrow();
        Map<Long, Set<Role>> roles = new HashMap<>();
        accounts.grantsOf(email).forEach(g -> roles.computeIfAbsent(g.getConferenceId(), k -> EnumSet.noneOf(Role.class)).add(g.getRole()));
        return new Caller(account.getId(), email, false, roles);
    }

    private Caller admin() {
        return new Caller(1, "admin@qa.example", true, Map.of());
    }

    private static String voter(int i) {
        return "voter" + i + "@qa.example";
    }

    private static JsonObject session(String key, String title, String format, String status, String start) {
        String end = String.format("%02d:45", Integer.parseInt(start.substring(0, 2)));
        return Json.createObjectBuilder().add("key", key).add("title", title).add("format", format).add("track", "main")
                .add("start", "2031-06-02T" + start).add("end", "2031-06-02T" + end).add("status", status).build();
    }

    private static JsonObject conference(String slug, List<JsonObject> sessions) {
        return Json.createObjectBuilder().add("plenaryExport", 1)
                .add("conference", Json.createObjectBuilder().add("slug", slug).add("title", "Q&A " + slug)
                        .add("timeZone", "Europe/Paris").add("firstDay", "2031-06-02").add("lastDay", "2031-06-02")
                        .add("languages", Json.createArrayBuilder().add("en"))
                        .add("formats", Json.createArrayBuilder().add("keynote").add(TownHallFormat.ID)))
                .add("days", Json.createArrayBuilder().add(Json.createObjectBuilder().add("date", "2031-06-02")))
                .add("tracks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "main").add("name", "Hall").add("position", 1)))
                .add("organisations", Json.createArrayBuilder())
                .add("people", Json.createArrayBuilder())
                .add("sessions", Json.createArrayBuilder(sessions))
                .build();
    }
}

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
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.mail.Letter;
import org.plenary.platform.mail.MailStatus;
import org.plenary.platform.mail.Outbox;
import org.plenary.platform.mail.OutboxDelivery;
import org.plenary.platform.mail.OutgoingMail;
import org.plenary.platform.registration.ParticipantCategory;
import org.plenary.platform.registration.Registration;
import org.plenary.platform.registration.RegistrationStatus;
import org.plenary.platform.registration.Registrations;
import org.plenary.platform.transfer.ConferenceImport;
import org.plenary.webapp.mail.Mailbox;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registration as participants and organisers live it, with the MLW 2020 demo and a real SMTP server (GreenMail on
 * 127.0.0.1, started by this test): a new participant registers in French, the confirmation mail arrives in French
 * with times in their zone, its link confirms and signs them in; the account, its PARTICIPANT role and preferences
 * exist; bad input is refused field by field in English and French; an account that exists registers in one step
 * once signed in; a cap holds under parallel registrations; a closed registration refuses; mails wait while the
 * SMTP server is down and go once it is back; concurrent senders never send a mail twice; organisers see, count and
 * export the registrations.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationIT {

    static final String ADMIN = "admin@registration.example";
    static final String ADMIN_PASSWORD = "copper lantern orchard 88";
    static final String ORGANISER = "organiser@registration.example";
    static final String KNOWN = "known@registration.example";
    static final String AMINA = "amina.wanjiru@registration.example";
    static final String OFFLINE = "offline@registration.example";
    static final String PASSWORD = "seven quiet otters row";
    static final int CAP = 5;
    static final int CROWD = 12;
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String MLW = "Mobile Learning Week 2020: Beyond Disruption – Technology Enabled Learning Futures";

    /** The SMTP port, chosen free when the deployment is built (client side) and given to the platform in its config. */
    static int smtpPort;
    private static Mailbox mailbox;

    @Deployment
    static WebArchive deployment() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            smtpPort = free.getLocalPort();
        }
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("plenary.war")));
        return war.addClasses(SignInClient.class, ConsoleBrowser.class, GeneratedConferences.class, Visitor.class,
                        Mailbox.class, Mailbox.Mail.class)
                .addAsResource(new StringAsset("PLENARY_ADMIN_EMAIL=" + ADMIN + "\nPLENARY_ADMIN_PASSWORD=" + ADMIN_PASSWORD
                        + "\nplenary.mail.host=127.0.0.1\nplenary.mail.port=" + smtpPort
                        + "\nplenary.mail.from=mlw@registration.example\nplenary.mail.pollSeconds=1"
                        + "\nplenary.mail.retrySeconds=1\nplenary.mail.maxRetrySeconds=2\n"),
                        "META-INF/microprofile-config.properties");
    }

    @Inject
    Accounts accounts;

    @Inject
    Conferences conferences;

    @Inject
    ConferenceImport importer;

    @Inject
    Registrations registrations;

    @Inject
    Outbox outbox;

    @Inject
    OutboxDelivery delivery;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    private static Mailbox mailbox() {
        if (mailbox == null) {
            mailbox = Mailbox.open(smtpPort);
        }
        return mailbox;
    }

    @Test
    @Order(1)
    void conferencesWithACapAndAClosedOneAndAnAccountThatExists() throws Exception {
        importer.importConference(GeneratedConferences.generated("capped", 3));
        importer.importConference(GeneratedConferences.generated("closed", 3));
        tx.begin();
        em.find(Conference.class, conferences.bySlug("capped").orElseThrow().getId()).governRegistration(CAP, null, null);
        em.find(Conference.class, conferences.bySlug("closed").orElseThrow().getId())
                .governRegistration(null, Instant.now().minusSeconds(60), null);
        tx.commit();
        accounts.create(KNOWN, "Kofi Known", PASSWORD);
        accounts.create(ORGANISER, "Olu Organiser", PASSWORD);
        accounts.grantInConference(ORGANISER, Role.ORGANISER, conferences.bySlug("mlw2020").orElseThrow().getId());
    }

    @Test
    @Order(10)
    @RunAsClient
    void theFormIsInTheVisitorsLanguageAndOpensNoSession() throws Exception {
        mailbox();
        Visitor french = new Visitor(base.toURI(), "fr-FR,fr;q=0.9");
        HttpResponse<String> page = french.open("register.xhtml?c=mlw2020");
        assertEquals(200, page.statusCode());
        assertAll(
                () -> assertTrue(page.body().contains("lang=\"fr\""), "the page says its language"),
                () -> assertTrue(page.body().contains("<h1>Inscription"), "French title"),
                () -> assertTrue(page.body().contains(">Allemagne</option>"), "country names in French"),
                () -> assertTrue(page.body().contains("Enseignant ou éducateur</label>"), "categories in French"),
                () -> assertTrue(page.body().contains("Swahili</label>"), "languages by name"),
                () -> assertTrue(page.body().contains("privacy.xhtml?c=mlw2020"), "a link to the privacy notice"),
                () -> assertTrue(page.body().contains("<option value=\"Europe/Paris\" selected=\"selected\">"),
                        "the zone defaults to the conference's when the browser's is not known"),
                () -> assertFalse(french.hasSession(), "no session for an anonymous visitor"));

        Visitor nairobi = new Visitor(base.toURI(), "en");
        nairobi.open("programme.xhtml?c=mlw2020&tz=Africa/Nairobi");
        assertTrue(nairobi.body().contains("register.xhtml?c=mlw2020"), "the programme links to registration");
        nairobi.open("register.xhtml?c=mlw2020");
        assertTrue(nairobi.body().contains("<option value=\"Africa/Nairobi\" selected=\"selected\">"),
                "the zone chosen on the programme (its cookie) is the default");
        assertTrue(nairobi.open("conference.xhtml?c=mlw2020").body().contains("id=\"register\""), "the home links to it");
        assertEquals(404, nairobi.open("register.xhtml?c=no-such-conference").statusCode());
        assertTrue(nairobi.open("privacy.xhtml?c=mlw2020").body().contains("never shown to other participants"),
                "the platform's privacy notice when the conference has none");
    }

    @Test
    @Order(11)
    @RunAsClient
    void badInputIsRefusedFieldByFieldInEnglishAndInFrench() throws Exception {
        Visitor english = new Visitor(base.toURI(), "en");
        english.open("register.xhtml?c=mlw2020");
        HttpResponse<String> refused = english.submit("register.xhtml", "register", form("", "not-an-address", "", null,
                null, List.of(), "Europe/Paris", "a, b, c, d, e, f, g, h, i, j, k", false, false), "register:submit");
        assertEquals(400, refused.statusCode(), refused.body());
        assertAll(
                () -> assertEquals("Enter your name.", english.problemOf("register:name")),
                () -> assertEquals("Enter an e-mail address such as name@example.org.", english.problemOf("register:email")),
                () -> assertEquals("Choose your country.", english.problemOf("register:country")),
                () -> assertEquals("Choose what describes you best.", english.problemOf("register:category")),
                () -> assertEquals("Give at most 10 interests, separated by commas, each at most 40 characters long.",
                        english.problemOf("register:interests")),
                () -> assertEquals("You must accept the privacy notice to register.", english.problemOf("register:privacy")),
                () -> assertTrue(english.problems().contains("Enter your name."), "listed at the top too"),
                () -> assertEquals("", english.problemOf("register:organisation")),
                () -> assertTrue(english.body().contains("value=\"not-an-address\""), "the input stays"));

        Visitor french = new Visitor(base.toURI(), "fr");
        french.open("register.xhtml?c=mlw2020");
        french.submit("register.xhtml", "register", form("Awa", "", "", "FR", null, List.of(), "Europe/Paris", "", false,
                false), "register:submit");
        assertAll(
                () -> assertEquals(400, french.status()),
                () -> assertEquals("", french.problemOf("register:name")),
                () -> assertEquals("Saisissez votre adresse électronique.", french.problemOf("register:email")),
                () -> assertEquals("Choisissez ce qui vous décrit le mieux.", french.problemOf("register:category")),
                () -> assertEquals("Vous devez accepter la politique de confidentialité pour vous inscrire.",
                        french.problemOf("register:privacy")));
    }

    @Test
    @Order(12)
    @RunAsClient
    void aNewParticipantRegistersInFrenchConfirmsByTheLinkAndIsSignedIn() throws Exception {
        Visitor amina = new Visitor(base.toURI(), "fr-FR,fr;q=0.9,en;q=0.5");
        amina.open("register.xhtml?c=mlw2020");
        amina.submit("register.xhtml", "register", form("Amina Wanjiru", AMINA, "Ministry of Education", "KE",
                List.of("sw", "fr", "en"), "Africa/Nairobi", "Mobile learning, teacher training", true), "register:submit");
        assertEquals(200, amina.status(), amina.problems());
        assertTrue(amina.body().contains("Consultez votre messagerie"), "told to look at the mailbox");
        assertTrue(amina.body().contains(AMINA));
        assertFalse(amina.hasSession(), "still no session");

        Mailbox.Mail mail = mailbox().first(AMINA, WAIT);
        assertAll(
                () -> assertEquals("Confirmez votre inscription à " + MLW, mail.subject()),
                () -> assertTrue(mail.text().startsWith("Bonjour Amina Wanjiru,"), mail.text()),
                () -> assertTrue(mail.text().contains("Vous y choisirez le mot de passe"), mail.text()),
                () -> assertTrue(mail.text().contains("lundi 12 octobre 2020 à 11:30 (Africa/Nairobi, UTC+03:00)"),
                        "the opening in the participant's zone, named: " + mail.text()),
                () -> assertTrue(mail.text().contains("Son propre fuseau horaire est Europe/Paris"), mail.text()),
                () -> assertTrue(mail.html().contains("<html lang=\"fr\">") && mail.html().contains("Confirmer mon inscription"),
                        "an HTML part too"));

        String link = mail.link("confirm.xhtml?token=");
        Visitor sameBrowser = new Visitor(base.toURI(), "fr");
        HttpResponse<String> confirmPage = sameBrowser.open(link);
        assertEquals(200, confirmPage.statusCode());
        assertTrue(confirmPage.body().contains("Choisissez votre mot de passe"), "asks for a password");
        sameBrowser.submit("confirm.xhtml", "confirm", List.of(Map.entry("token", token(link)),
                Map.entry("confirm:password", "short")), "confirm:submit");
        assertEquals(400, sameBrowser.status());
        assertTrue(sameBrowser.problemOf("confirm:password").startsWith("Le mot de passe doit compter au moins 12"),
                sameBrowser.body());

        sameBrowser.open(link);
        sameBrowser.submit("confirm.xhtml", "confirm", List.of(Map.entry("token", token(link)),
                Map.entry("confirm:password", PASSWORD)), "confirm:submit");
        assertEquals(200, sameBrowser.status(), sameBrowser.problems());
        assertTrue(sameBrowser.body().contains("Votre inscription est confirmée"));
        assertTrue(sameBrowser.hasSession(), "signed in");
        assertTrue(sameBrowser.open("register.xhtml?c=mlw2020").body().contains("Vous êtes déjà inscrit"),
                "the registration page knows her");

        HttpResponse<String> again = new Visitor(base.toURI(), "fr").open(link);
        assertTrue(again.body().contains("Ce lien ne fonctionne pas"), "the link works once");

        Visitor later = new Visitor(base.toURI(), "fr");
        HttpResponse<String> signedIn = later.signIn(AMINA, PASSWORD, null);
        assertEquals(302, signedIn.statusCode());
        assertTrue(SignInClient.location(signedIn).endsWith("/conference.xhtml?c=mlw2020"),
                "a participant goes to her conference, not the console: " + SignInClient.location(signedIn));
    }

    @Test
    @Order(13)
    void theAccountHoldsTheRoleThePreferencesAndTheConfirmedRegistration() {
        Account amina = accounts.byEmail(AMINA).orElseThrow();
        Conference mlw = conferences.bySlug("mlw2020").orElseThrow();
        Registration r = registrations.of(mlw, amina).orElseThrow();
        assertAll(
                () -> assertEquals("Amina Wanjiru", amina.getDisplayName()),
                () -> assertTrue(accounts.rolesOf(AMINA).contains(Role.PARTICIPANT)),
                () -> assertEquals(1, accounts.countGrants(amina.getId(), Role.PARTICIPANT, mlw.getId())),
                () -> assertEquals(Locale.FRENCH, amina.preferredLanguage().orElseThrow()),
                () -> assertEquals(ZoneId.of("Africa/Nairobi"), amina.preferredZone().orElseThrow()),
                () -> assertEquals(RegistrationStatus.CONFIRMED, r.getStatus()),
                () -> assertNotNull(r.getConfirmedAt()),
                () -> assertEquals(ParticipantCategory.TEACHER, r.getCategory()),
                () -> assertEquals("KE", r.getCountry()),
                () -> assertEquals(List.of("en", "fr", "sw"), r.getLanguages()),
                () -> assertEquals(List.of("mobile learning", "teacher training"), r.getInterests()),
                () -> assertTrue(r.isListed()),
                () -> assertNotNull(r.getListedConsentAt()),
                () -> assertNull(r.getTokenExpiresAt(), "the link is used up"));
    }

    @Test
    @Order(20)
    @RunAsClient
    void anAccountThatExistsIsAskedToSignInAndThenRegistersInOneStep() throws Exception {
        Visitor kofi = new Visitor(base.toURI(), "en");
        kofi.open("register.xhtml?c=mlw2020");
        kofi.submit("register.xhtml", "register", form("Someone Else", KNOWN, "", "GH", List.of(), "Africa/Accra", "",
                true), "register:submit");
        assertEquals(200, kofi.status());
        assertTrue(kofi.body().contains("Check your mailbox"), "the same answer as for a new address");
        Mailbox.Mail mail = mailbox().first(KNOWN, WAIT);
        assertTrue(mail.subject().startsWith("Sign in to register for "), mail.subject());
        assertTrue(mail.text().contains("Hello Kofi Known,"), "the account's name, not the one typed");
        String signInLink = mail.link("login.xhtml?return=");

        kofi.open(signInLink);
        HttpResponse<String> signedIn = kofi.submit("login.xhtml", "signin", List.of(Map.entry("signin:email", KNOWN),
                Map.entry("signin:password", PASSWORD), Map.entry("signin:return", kofi.hidden("signin:return"))),
                "signin:submit");
        assertEquals(302, signedIn.statusCode());
        assertTrue(SignInClient.location(signedIn).endsWith("/register.xhtml?c=mlw2020"), SignInClient.location(signedIn));

        kofi.open("register.xhtml?c=mlw2020");
        assertTrue(kofi.body().contains("You are signed in as"), "the form knows who registers");
        assertFalse(kofi.body().contains("id=\"register:email\""), "no name or e-mail to type");
        kofi.submit("register.xhtml", "register", form(null, null, "Ghana Education Service", "GH", "POLICY_MAKER",
                List.of("en"), "Africa/Accra", "policy", true, false), "register:submit");
        assertEquals(200, kofi.status(), kofi.problems());
        assertTrue(kofi.body().contains("You are registered"), kofi.body());
        assertTrue(mailbox().await(KNOWN, 2, WAIT).get(1).subject().startsWith("You are registered for "));
    }

    @Test
    @Order(21)
    void theSignedInRegistrationIsConfirmedAtOnce() {
        Registration r = registrations.of(conferences.bySlug("mlw2020").orElseThrow(), accounts.byEmail(KNOWN).orElseThrow())
                .orElseThrow();
        assertEquals(RegistrationStatus.CONFIRMED, r.getStatus());
        assertEquals("Ghana Education Service", r.getOrganisation());
        assertTrue(accounts.rolesOf(KNOWN).contains(Role.PARTICIPANT));
    }

    @Test
    @Order(30)
    @RunAsClient
    void parallelRegistrationsNeverOvershootTheCap() throws Exception {
        ExecutorService crowd = Executors.newFixedThreadPool(CROWD);
        List<Callable<String>> registrants = new ArrayList<>();
        for (int i = 0; i < CROWD; i++) {
            String email = "crowd" + i + "@registration.example";
            registrants.add(() -> {
                Visitor v = new Visitor(base.toURI(), "en");
                v.open("register.xhtml?c=capped");
                v.submit("register.xhtml", "register", in("capped", form("Crowd " + email, email, "", "KE", List.of(),
                        "Africa/Nairobi", "", true)), "register:submit");
                // Full is told either by the refusal (400) or, when the page already knew it was full as it took the
                // form, by the page without its form (200).
                if (v.body().contains("Check your mailbox")) {
                    return "registered";
                }
                if (v.body().contains("This conference is full")) {
                    return "full";
                }
                throw new AssertionError("neither registered nor full (" + v.status() + "): " + v.problems());
            });
        }
        List<String> answers = new ArrayList<>();
        for (Future<String> answer : crowd.invokeAll(registrants)) {
            answers.add(answer.get());
        }
        crowd.shutdown();
        assertEquals(CAP, answers.stream().filter("registered"::equals).count(), "registered: " + answers);
        assertEquals(CROWD - CAP, answers.stream().filter("full"::equals).count(), "told it is full: " + answers);

        Visitor late = new Visitor(base.toURI(), "en");
        assertTrue(late.open("register.xhtml?c=capped").body().contains("This conference is full"));
    }

    @Test
    @Order(31)
    void theCapCountsWhatTheDatabaseHolds() {
        assertEquals(CAP, registrations.holdingPlaces(conferences.bySlug("capped").orElseThrow()));
    }

    @Test
    @Order(32)
    @RunAsClient
    void aClosedRegistrationRefuses() throws Exception {
        Visitor v = new Visitor(base.toURI(), "fr");
        v.open("register.xhtml?c=closed");
        assertTrue(v.body().contains("Les inscriptions à cette conférence sont closes."));
        assertFalse(v.body().contains("id=\"register\""), "no form");
        v.open("register.xhtml?c=mlw2020");
        v.submit("register.xhtml", "register", in("closed", form("Late Comer", "late@registration.example", "", "FR",
                List.of(), "Europe/Paris", "", false)), "register:submit");
        assertTrue(v.body().contains("Les inscriptions à cette conférence sont closes."), "a form sent anyway is not taken");
        assertFalse(v.body().contains("Consultez votre messagerie"));
        assertTrue(new Visitor(base.toURI(), "fr").open("register.xhtml?c=mlw2020").body().contains("id=\"register\""),
                "another conference is still open");
    }

    @Test
    @Order(40)
    @RunAsClient
    void whileTheMailServerIsDownTheMailWaits() throws Exception {
        mailbox().stop();
        Visitor v = new Visitor(base.toURI(), "en");
        v.open("register.xhtml?c=mlw2020");
        v.submit("register.xhtml", "register", form("Otto Offline", OFFLINE, "", "DE", "OTHER", List.of("de"),
                "Europe/Berlin", "", true, false), "register:submit");
        assertEquals(200, v.status(), v.problems());
        Thread.sleep(4000);
    }

    @Test
    @Order(41)
    void theRegistrationIsKeptAndTheMailQueuedWithItsFailures() {
        List<OutgoingMail> mails = outbox.to(OFFLINE);
        assertEquals(1, mails.size());
        OutgoingMail mail = mails.get(0);
        assertAll(
                () -> assertNotEquals(MailStatus.SENT, mail.getStatus(), "waiting, or being tried again"),
                () -> assertTrue(mail.getAttempts() >= 2, "tried again: " + mail.getAttempts()),
                () -> assertNotNull(mail.getLastError()),
                () -> assertEquals(RegistrationStatus.PENDING, registrations.of(conferences.bySlug("mlw2020").orElseThrow(),
                        accounts.byEmail(OFFLINE).orElseThrow()).orElseThrow().getStatus()));
    }

    @Test
    @Order(42)
    @RunAsClient
    void onceTheServerIsBackTheMailGoesOut() throws Exception {
        mailbox().start();
        Mailbox.Mail mail = mailbox().first(OFFLINE, WAIT);
        assertTrue(mail.subject().startsWith("Confirm your registration for "), mail.subject());
    }

    @Test
    @Order(50)
    void concurrentSendersSendEachMailOnce() throws Exception {
        tx.begin();
        for (int i = 0; i < 30; i++) {
            outbox.enqueue("test.bulk", new Letter("bulk" + i + "@registration.example", "en", "Bulk " + i,
                    List.of("Number " + i), null, null, List.of()));
        }
        tx.commit();
        ExecutorService senders = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            runs.add(delivery::deliverDue);
        }
        for (Future<Integer> run : senders.invokeAll(runs)) {
            run.get();
        }
        senders.shutdown();
        Thread.sleep(2500);
        for (int i = 0; i < 30; i++) {
            List<OutgoingMail> mails = outbox.to("bulk" + i + "@registration.example");
            assertEquals(MailStatus.SENT, mails.get(0).getStatus(), "bulk" + i);
            assertEquals(1, mails.get(0).getAttempts(), "claimed once: bulk" + i);
        }
    }

    @Test
    @Order(51)
    @RunAsClient
    void eachBulkMailArrivedOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            mailbox().first("bulk" + i + "@registration.example", WAIT);
        }
        Thread.sleep(2000);
        for (int i = 0; i < 30; i++) {
            assertEquals(1, mailbox().to("bulk" + i + "@registration.example").size(), "bulk" + i);
        }
    }

    @Test
    @Order(60)
    @RunAsClient
    void organisersSeeCountSearchAndExportTheRegistrations() throws Exception {
        ConsoleBrowser organiser = ConsoleBrowser.signedIn(base.toURI(), ORGANISER, PASSWORD);
        String page = organiser.open("console/registrations.xhtml?c=mlw2020").body();
        assertEquals(200, organiser.status("console/registrations.xhtml?c=mlw2020"));
        assertAll(
                () -> assertTrue(page.contains("id=\"menu-registrations\""), "in the menu"),
                () -> assertTrue(page.contains(AMINA) && page.contains(KNOWN) && page.contains(OFFLINE), "every registrant"),
                () -> assertTrue(page.contains("data-status=\"CONFIRMED\">Confirmed: <strong>2</strong>"), "counted by status"),
                () -> assertTrue(page.contains("data-status=\"PENDING\">Waiting for confirmation: <strong>1</strong>")),
                () -> assertTrue(page.contains("data-category=\"TEACHER\">Teacher or educator: <strong>1</strong>"),
                        "counted by category"));

        organiser.submit("console/registrations.xhtml", "registrations", Map.of("registrations:query", "",
                "registrations:country", "KE"), "registrations:find");
        assertTrue(organiser.body().contains(AMINA) && !organiser.body().contains(KNOWN), "searched by country");

        HttpResponse<String> csv = organiser.open("console/export/registrations.csv?c=mlw2020");
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].endsWith("id,name,email,organisation,country,category,languages,interests,time_zone,listed,"
                + "status,registered,confirmed,cancelled"), lines[0]);
        assertTrue(csv.body().contains("Amina Wanjiru," + AMINA + ",Ministry of Education,KE,TEACHER,en; fr; sw,"
                + "mobile learning; teacher training,Africa/Nairobi,true,CONFIRMED,2"), csv.body());

        ConsoleBrowser participant = ConsoleBrowser.signedIn(base.toURI(), AMINA, PASSWORD);
        assertEquals(403, participant.status("console/registrations.xhtml?c=mlw2020"));
        assertEquals(403, participant.status("console/export/registrations.csv?c=mlw2020"));
    }

    @Test
    @Order(99)
    @RunAsClient
    void stopTheMailServer() {
        mailbox().close();
    }

    /** The registration form's fields: a teacher who accepts the privacy notice; null name and e-mail when signed in. */
    static List<Map.Entry<String, String>> form(String name, String email, String organisation, String country,
                                                List<String> languages, String zone, String interests, boolean listed) {
        return form(name, email, organisation, country, "TEACHER", languages, zone, interests, true, listed);
    }

    static List<Map.Entry<String, String>> form(String name, String email, String organisation, String country,
                                                String category, List<String> languages, String zone, String interests,
                                                boolean privacy, boolean listed) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("c", "mlw2020"));
        if (name != null) {
            fields.add(Map.entry("register:name", name));
            fields.add(Map.entry("register:email", email));
        }
        fields.add(Map.entry("register:organisation", organisation));
        fields.add(Map.entry("register:country", country == null ? "" : country));
        if (category != null) {
            fields.add(Map.entry("register:category", category));
        }
        languages.forEach(l -> fields.add(Map.entry("register:languages", l)));
        fields.add(Map.entry("register:timeZone", zone));
        fields.add(Map.entry("register:interests", interests));
        if (privacy) {
            fields.add(Map.entry("register:privacy", "on"));
        }
        if (listed) {
            fields.add(Map.entry("register:listed", "on"));
        }
        return fields;
    }

    /** The same fields, sent for another conference. */
    static List<Map.Entry<String, String>> in(String slug, List<Map.Entry<String, String>> fields) {
        return fields.stream().map(e -> e.getKey().equals("c") ? Map.entry("c", slug) : e).toList();
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}

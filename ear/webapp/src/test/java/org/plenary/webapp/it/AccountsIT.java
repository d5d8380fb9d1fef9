package org.plenary.webapp.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.plenary.platform.accounts.FirstAdmin;
import org.plenary.platform.accounts.InvalidPassword;
import org.plenary.platform.accounts.LoginFailures;
import org.plenary.platform.accounts.PasswordProblem;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.accounts.SignIn;
import org.plenary.platform.conference.Conferences;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts and sign-in as deployed: the first administrator from configuration, signing in and out over HTTP as a
 * browser does, the session id changing at sign-in, throttling, answers that never tell whether an account exists,
 * and the console refused to anyone but administrators and organisers.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsIT {

    static final String ADMIN = "admin@accounts.example";
    static final String ADMIN_PASSWORD = "violet harbour lantern 1907";
    static final String ORGANISER = "organiser@accounts.example";
    static final String PARTICIPANT = "participant@accounts.example";
    static final String DISABLED = "disabled@accounts.example";
    static final String THROTTLED = "throttled@accounts.example";
    static final String PASSWORD = "seven quiet otters row";
    static final String REFUSED = "The e-mail address or the password is not right. Check both and try again.";
    static final String TOO_MANY = "Too many attempts failed. Wait 15 minutes, then try again.";

    @Deployment
    static WebArchive deployment() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("plenary.war")));
        // MicroProfile Config from the application's own file: the e-mail in another case, to be kept lower-cased.
        return war.addClass(SignInClient.class).addAsResource(new StringAsset(
                "PLENARY_ADMIN_EMAIL=Admin@Accounts.Example\nPLENARY_ADMIN_PASSWORD=" + ADMIN_PASSWORD + "\n"),
                "META-INF/microprofile-config.properties");
    }

    @Inject
    Accounts accounts;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    SignIn signIn;

    @Inject
    LoginFailures failures;

    @Inject
    Conferences conferences;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void theFirstAdministratorComesFromConfigurationOnce() {
        Account admin = accounts.byEmail("ADMIN@accounts.example").orElseThrow();
        assertEquals(ADMIN, admin.getEmail());
        assertTrue(admin.isEnabled());
        assertFalse(admin.isMustChangePassword(), "the configured password is the admin's own");
        assertEquals(Set.of(Role.ADMIN), accounts.rolesOf(ADMIN));
        assertTrue(accounts.verified(ADMIN, ADMIN_PASSWORD).isPresent());

        long before = countAccounts();
        firstAdmin.createOnFirstStart();
        assertEquals(before, countAccounts(), "a second start creates nobody");
    }

    @Test
    @Order(2)
    void withoutConfigurationAOneTimePasswordIsWrittenToTheLogOnce() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(FirstAdmin.class.getName());
        log.addHandler(capture);
        try {
            firstAdmin.create(Optional.empty(), Optional.empty());
        } finally {
            log.removeHandler(capture);
        }
        assertEquals(1, logged.size(), logged::toString);
        Matcher m = Pattern.compile("as admin@localhost with the one-time password (\\S+) and change it").matcher(logged.get(0));
        assertTrue(m.find(), logged.get(0));
        Account generated = accounts.verified(FirstAdmin.DEFAULT_EMAIL, m.group(1)).orElseThrow();
        assertTrue(generated.isMustChangePassword(), "flagged to change the one-time password");
        assertEquals(Set.of(Role.ADMIN), accounts.rolesOf(FirstAdmin.DEFAULT_EMAIL));
    }

    @Test
    @Order(3)
    void accountsAreMadeWithGoodPasswordsAndUniqueAddresses() {
        long mlw = conferences.bySlug("mlw2020").orElseThrow().getId();
        accounts.create(ORGANISER, "Olu Organiser", PASSWORD);
        accounts.grantInConference(ORGANISER, Role.ORGANISER, mlw);
        accounts.create(PARTICIPANT, "Pat Participant", PASSWORD);
        accounts.grantInConference(PARTICIPANT, Role.PARTICIPANT, mlw);
        accounts.create(DISABLED, "Dee Disabled", PASSWORD);
        accounts.grantInConference(DISABLED, Role.ORGANISER, mlw);
        accounts.disable(DISABLED);
        accounts.create(THROTTLED, "Tom Throttled", PASSWORD);
        accounts.grantInConference(THROTTLED, Role.ORGANISER, mlw);

        InvalidPassword common = assertThrows(InvalidPassword.class, () -> accounts.create("new@accounts.example", "New", "password1234"));
        assertEquals(List.of(PasswordProblem.COMMON), common.problems());
        InvalidPassword shortOne = assertThrows(InvalidPassword.class, () -> accounts.create("new@accounts.example", "New", "short"));
        assertEquals(List.of(PasswordProblem.TOO_SHORT), shortOne.problems());
        assertThrows(IllegalArgumentException.class, () -> accounts.create("Organiser@Accounts.Example", "Twin", PASSWORD),
                "an address differing only in case is the same address");
        assertTrue(accounts.byEmail("new@accounts.example").isEmpty());
    }

    @Test
    @Order(4)
    void failuresFromOneAddressThrottleItWithinTheWindowOnly() {
        Instant now = Instant.now();
        for (int i = 0; i < 50; i++) {
            failures.record("someone" + i + "@elsewhere.example", "203.0.113.7", now.minusSeconds(i));
        }
        assertTrue(signIn.isThrottled("anyone@elsewhere.example", "203.0.113.7", now), "the address's 50 failures");
        assertFalse(signIn.isThrottled("anyone@elsewhere.example", "198.51.100.1", now), "another address");
        for (int i = 0; i < 5; i++) {
            failures.record("old@elsewhere.example", "198.51.100.2", now.minus(Duration.ofMinutes(16)));
        }
        assertFalse(signIn.isThrottled("old@elsewhere.example", "198.51.100.3", now), "failures older than 15 minutes");
        assertTrue(signIn.isThrottled("old@elsewhere.example", "198.51.100.3", now.minus(Duration.ofMinutes(10))));
    }

    @Test
    @Order(10)
    @RunAsClient
    void theConsoleSendsAnonymousVisitorsToSignIn() throws Exception {
        HttpResponse<String> console = new SignInClient(base.toURI()).get("console/index.xhtml");
        assertEquals(302, console.statusCode());
        assertTrue(SignInClient.location(console).endsWith(SignInClient.signInPageFor("console/index.xhtml")),
                SignInClient.location(console));
    }

    @Test
    @Order(11)
    @RunAsClient
    void anAdminSignsInWithANewSessionIdAndSignsOutEndingTheSession() throws Exception {
        SignInClient browser = new SignInClient(base.toURI());
        browser.get("login.xhtml");
        String anonymousId = browser.sessionId().orElseThrow(() -> new AssertionError("no session before sign-in"));

        HttpResponse<String> signedIn = browser.signIn("Admin@Accounts.EXAMPLE", ADMIN_PASSWORD);
        assertEquals(302, signedIn.statusCode(), SignInClient.problems(signedIn.body()));
        assertTrue(SignInClient.location(signedIn).endsWith("/console/index.xhtml"), "back to the page first asked for");
        String signedInId = browser.sessionId().orElseThrow();
        assertNotEquals(anonymousId, signedInId, "a new session id at sign-in");
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no new session cookie: " + signedIn.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(cookie.contains("Secure"), "Secure only over HTTPS: " + cookie);

        HttpResponse<String> console = browser.get("console/index.xhtml");
        assertEquals(200, console.statusCode());
        assertTrue(console.body().contains("Signed in as Administrator (admin@accounts.example)"), console.body());
        assertTrue(console.body().contains("Administrator of the platform"));

        HttpResponse<String> signedOut = browser.signOut();
        assertEquals(302, signedOut.statusCode());
        assertTrue(SignInClient.location(signedOut).endsWith("/login.xhtml?signedOut=true"), SignInClient.location(signedOut));
        assertTrue(browser.get("login.xhtml?signedOut=true").body().contains("You are signed out."));
        assertEquals(302, browser.get("console/index.xhtml").statusCode(), "signed out");

        SignInClient thief = new SignInClient(base.toURI());
        thief.useSessionId(signedInId);
        assertEquals(302, thief.get("console/index.xhtml").statusCode(), "the signed-in session is gone for good");
    }

    @Test
    @Order(12)
    @RunAsClient
    void refusalsSayTheSameWhetherOrNotTheAccountExists() throws Exception {
        HttpResponse<String> wrongPassword = new SignInClient(base.toURI()).signIn(ORGANISER, "not the password at all");
        HttpResponse<String> unknown = new SignInClient(base.toURI()).signIn("nobody@accounts.example", PASSWORD);
        HttpResponse<String> disabled = new SignInClient(base.toURI()).signIn(DISABLED, PASSWORD);
        for (HttpResponse<String> refused : List.of(wrongPassword, unknown, disabled)) {
            assertEquals(401, refused.statusCode());
            assertEquals(REFUSED, SignInClient.problems(refused.body()));
        }
        HttpResponse<String> empty = new SignInClient(base.toURI()).signIn("", "");
        assertEquals("Enter your e-mail address. Enter your password.", SignInClient.problems(empty.body()).replaceAll("\\s+", " "));
    }

    @Test
    @Order(13)
    @RunAsClient
    void fiveFailuresThrottleAnAccountEvenWithTheRightPasswordAndAnUnknownAddressAlike() throws Exception {
        for (String email : List.of(THROTTLED, "ghost@accounts.example")) {
            for (int i = 1; i <= 5; i++) {
                HttpResponse<String> wrong = new SignInClient(base.toURI()).signIn(email, "wrong password number " + i);
                assertEquals(REFUSED, SignInClient.problems(wrong.body()), email + " attempt " + i);
            }
            SignInClient browser = new SignInClient(base.toURI());
            HttpResponse<String> sixth = browser.signIn(email, PASSWORD);
            assertEquals(401, sixth.statusCode());
            assertEquals(TOO_MANY, SignInClient.problems(sixth.body()), email);
            assertEquals(302, browser.get("console/index.xhtml").statusCode(), "not signed in");
        }
        HttpResponse<String> other = new SignInClient(base.toURI()).signIn(ORGANISER, PASSWORD);
        assertEquals(302, other.statusCode(), "another account from the same address still signs in");
    }

    @Test
    @Order(14)
    @RunAsClient
    void aParticipantIsRefusedTheConsoleAndAnOrganiserEnters() throws Exception {
        SignInClient participant = new SignInClient(base.toURI());
        assertEquals(302, participant.signIn(PARTICIPANT, PASSWORD).statusCode());
        assertEquals(403, participant.get("console/index.xhtml").statusCode());

        SignInClient organiser = new SignInClient(base.toURI());
        assertEquals(302, organiser.signIn(ORGANISER.toUpperCase(), PASSWORD).statusCode());
        HttpResponse<String> console = organiser.get("console/index.xhtml");
        assertEquals(200, console.statusCode());
        assertTrue(console.body().contains("Signed in as Olu Organiser (organiser@accounts.example)"));
        assertTrue(console.body().contains("<li>Organiser</li>"), console.body());
    }

    private long countAccounts() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }
}

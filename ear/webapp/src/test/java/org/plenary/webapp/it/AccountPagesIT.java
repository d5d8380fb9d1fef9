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
import org.plenary.platform.access.NotFound;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.accounts.ApiToken;
import org.plenary.platform.accounts.ApiTokens;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.conference.Conferences;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's account pages as deployed: changing one's password (a one-time one included) and personal API
 * tokens made on the page, shown once, used on the API, revoked and then refused.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountPagesIT {

    static final String ONE_TIME = "one-time@pages.example";
    static final String PARTICIPANT = "participant@pages.example";
    static final String ORGANISER = "organiser@pages.example";
    static final String PASSWORD = "copper tulip harbour 88";
    static final String NEW_PASSWORD = "granite swallow evening 12";
    static final Pattern MESSAGES = Pattern.compile("ui-messages-(?:error|info)-summary\">([^<]*)<");

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("plenary.war")))
                .addClasses(SignInClient.class, ApiClient.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    Conferences conferences;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void accountsToSignInWith() {
        long mlw = conferences.bySlug("mlw2020").orElseThrow().getId();
        accounts.create(ONE_TIME, "Una Once", PASSWORD);
        accounts.grantInConference(ONE_TIME, Role.ORGANISER, mlw);
        accounts.requirePasswordChange(ONE_TIME);
        accounts.create(PARTICIPANT, "Pat Participant", PASSWORD);
        accounts.grantInConference(PARTICIPANT, Role.PARTICIPANT, mlw);
        accounts.create(ORGANISER, "Ola Organiser", PASSWORD);
        accounts.grantInConference(ORGANISER, Role.ORGANISER, mlw);
    }

    @Test
    @Order(10)
    @RunAsClient
    void aOneTimePasswordIsChangedOnThePasswordPage() throws Exception {
        SignInClient browser = new SignInClient(base.toURI());
        assertEquals(302, browser.signIn(ONE_TIME, PASSWORD).statusCode());
        HttpResponse<String> home = browser.get("console/index.xhtml");
        assertTrue(home.body().contains("You signed in with a one-time password"), home.body());

        assertEquals(List.of("This is not your current password. Nothing was changed."),
                messages(change(browser, "not my password at all", NEW_PASSWORD, NEW_PASSWORD)));
        assertEquals(List.of("The two new passwords are not the same. Type the same one twice."),
                messages(change(browser, PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x")));
        assertEquals(List.of("The password must be at least 12 characters long. A few unrelated words make a long password that is easy to remember."),
                messages(change(browser, PASSWORD, "short one", "short one")));
        assertEquals(List.of("This password is too common: attackers try it first. Choose another one."),
                messages(change(browser, PASSWORD, "password1234", "password1234")));
        assertEquals(List.of("Type your current password."), messages(change(browser, "", NEW_PASSWORD, NEW_PASSWORD)));

        HttpResponse<String> changed = change(browser, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(List.of("Your password was changed. Use the new one from your next sign-in on."), messages(changed));
        assertFalse(browser.get("console/index.xhtml").body().contains("one-time password"), "the notice is gone");

        assertEquals(401, new SignInClient(base.toURI()).signIn(ONE_TIME, PASSWORD).statusCode(), "the old password");
        assertEquals(302, new SignInClient(base.toURI()).signIn(ONE_TIME, NEW_PASSWORD).statusCode(), "the new one");
    }

    @Test
    @Order(11)
    @RunAsClient
    void anyoneSignedInReachesTheirAccountPagesButNotTheRestOfTheConsole() throws Exception {
        SignInClient participant = new SignInClient(base.toURI());
        assertEquals(302, participant.signIn(PARTICIPANT, PASSWORD).statusCode());
        assertEquals(403, participant.get("console/index.xhtml").statusCode());
        assertEquals(200, participant.get("console/password.xhtml").statusCode());
        assertEquals(200, participant.get("console/tokens.xhtml").statusCode());

        HttpResponse<String> anonymous = new SignInClient(base.toURI()).get("console/tokens.xhtml");
        assertEquals(302, anonymous.statusCode());
        assertTrue(SignInClient.location(anonymous).endsWith(SignInClient.signInPageFor("console/tokens.xhtml")),
                SignInClient.location(anonymous));
    }

    @Test
    @Order(12)
    @RunAsClient
    void aTokenIsShownOnceWorksWithItsOwnersRolesAndStopsWhenRevoked() throws Exception {
        SignInClient browser = new SignInClient(base.toURI());
        assertEquals(302, browser.signIn(ORGANISER, PASSWORD).statusCode());
        HttpResponse<String> empty = browser.post("console/tokens.xhtml", Map.of("create", "create", "create:name", "  ",
                "create:submit", "Create a token", "jakarta.faces.ViewState", SignInClient.viewState(browser.get("console/tokens.xhtml").body())));
        assertEquals(List.of("This field is required."), messages(empty));

        String secret = ApiClient.createToken(browser, "Speakers <sync> script");
        assertTrue(secret.matches("plt_[A-Za-z0-9_-]{43}"), secret);
        HttpResponse<String> again = browser.get("console/tokens.xhtml");
        assertFalse(again.body().contains(secret), "shown once only");
        assertTrue(again.body().contains("Speakers &lt;sync&gt; script"), "listed, escaped");
        assertTrue(again.body().contains("Never"), "not used yet");

        ApiClient api = new ApiClient(base.toURI(), secret, "en");
        HttpResponse<String> created = api.post("conferences/mlw2020/people", "{\"name\":\"Token Tester\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, api.get("conferences/mlw2020/people").statusCode());
        assertFalse(browser.get("console/tokens.xhtml").body().contains("Never"), "its last use is shown");

        String participantToken = ApiClient.tokenFromConsole(base.toURI(), PARTICIPANT, PASSWORD, "mine");
        HttpResponse<String> refused = new ApiClient(base.toURI(), participantToken, "en")
                .post("conferences/mlw2020/people", "{\"name\":\"Not Allowed\"}");
        assertEquals(404, refused.statusCode(), "a participant's token carries a participant's rights: none in the console");

        HttpResponse<String> list = browser.get("console/tokens.xhtml");
        Matcher row = Pattern.compile("Speakers &lt;sync&gt; script</td>.*?name=\"(tokens:list:\\d+:revoke)\"", Pattern.DOTALL)
                .matcher(list.body());
        assertTrue(row.find(), list.body());
        HttpResponse<String> asked = browser.post("console/tokens.xhtml", Map.of("tokens", "tokens", row.group(1), "Revoke",
                "jakarta.faces.ViewState", SignInClient.viewState(list.body())));
        assertTrue(asked.body().contains("Revoke the token \"Speakers &lt;sync&gt; script\"?"), asked.body());
        assertEquals(201, api.post("conferences/mlw2020/people", "{\"name\":\"Still Works\"}").statusCode(),
                "nothing is revoked before the yes");
        HttpResponse<String> revoked = browser.post("console/tokens.xhtml", Map.of("confirm", "confirm", "confirm:yes", "Yes, revoke it",
                "jakarta.faces.ViewState", SignInClient.viewState(asked.body())));
        assertEquals(List.of("The token \"Speakers <sync> script\" was revoked."), messages(revoked));
        assertTrue(revoked.body().contains("Revoked 20"), "listed as revoked, with its date");

        HttpResponse<String> after = api.post("conferences/mlw2020/people", "{\"name\":\"Too Late\"}");
        assertEquals(401, after.statusCode());
        assertEquals("Bearer realm=\"plenary\", error=\"invalid_token\"", after.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals("The API token is not valid: it is unknown, revoked, or its account is disabled.",
                ApiClient.object(after).getString("error"));
        assertEquals(401, api.get("conferences/mlw2020").statusCode(), "a revoked token is refused even for reading");
        assertEquals(200, ApiClient.anonymous(base.toURI()).get("conferences/mlw2020").statusCode(), "reading needs none");
    }

    @Test
    @Order(20)
    void onlyHashesAreKeptAndOnlyTheOwnerRevokesAndEverythingIsAudited() {
        Account organiser = accounts.byEmail(ORGANISER).orElseThrow();
        Account participant = accounts.byEmail(PARTICIPANT).orElseThrow();
        Caller participantCaller = new Caller(participant.getId(), participant.getEmail(), false, Map.of());
        List<ApiToken> owned = tokens.of(new Caller(organiser.getId(), organiser.getEmail(), false, Map.of()));
        assertEquals(1, owned.size());
        assertThrows(NotFound.class, () -> tokens.revoke(participantCaller, owned.get(0).getId()), "another's token");

        accounts.create("leaver@pages.example", "Lee Leaver", PASSWORD);
        Account leaver = accounts.byEmail("leaver@pages.example").orElseThrow();
        String secret = tokens.create(new Caller(leaver.getId(), leaver.getEmail(), false, Map.of()), "before leaving").secret();
        assertTrue(tokens.verify(secret).isPresent());
        accounts.disable(leaver.getEmail());
        assertTrue(tokens.verify(secret).isEmpty(), "a disabled account's tokens stop working");
        assertTrue(tokens.verify(secret.substring(0, secret.length() - 1)).isEmpty());

        List<String> hashes = em.createQuery("select t.secretHash from ApiToken t", String.class).getResultList();
        assertEquals(3, hashes.size());
        assertTrue(hashes.stream().allMatch(h -> h.matches("[0-9a-f]{64}")), hashes::toString);

        assertFalse(accounts.byEmail(ONE_TIME).orElseThrow().isMustChangePassword());
        List<String> audited = em.createQuery("select concat(e.actor, ' ', e.action) from AuditEntry e order by e.id",
                String.class).getResultList();
        assertTrue(audited.contains(ONE_TIME + " account.password"), audited::toString);
        assertTrue(audited.contains(ORGANISER + " token.create"), audited::toString);
        assertTrue(audited.contains(ORGANISER + " token.revoke"), audited::toString);
        assertTrue(audited.contains(ORGANISER + " person.create"), audited::toString);
        assertNotEquals(0, em.createQuery("select count(p) from Person p where p.name = 'Token Tester'", Long.class).getSingleResult());
        assertEquals(0, em.createQuery("select count(p) from Person p where p.name in ('Not Allowed', 'Too Late')", Long.class)
                .getSingleResult());
    }

    private HttpResponse<String> change(SignInClient browser, String current, String next, String repeat) throws Exception {
        HttpResponse<String> page = browser.get("console/password.xhtml");
        assertEquals(200, page.statusCode());
        return browser.post("console/password.xhtml", Map.of("password", "password", "password:current", current,
                "password:next", next, "password:repeat", repeat, "password:submit", "Change the password",
                "jakarta.faces.ViewState", SignInClient.viewState(page.body())));
    }

    static List<String> messages(HttpResponse<String> page) {
        Matcher m = MESSAGES.matcher(page.body());
        java.util.ArrayList<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                    .replace("&#39;", "'"));
        }
        return found;
    }
}

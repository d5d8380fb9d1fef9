package org.plenary.webapp.browser;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;
import org.plenary.testkit.browser.Chromium;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live Q&amp;A with three people at once, each in their own Chromium: two participants on a town hall's page and the
 * moderator on its moderator's view. Pat asks (with his name), the moderator sees it arrive and approves it, and it
 * appears on both participants' pages; Pia votes, and the count moves on every page; Pia asks too, the moderator
 * approves and pins her question, and it moves to the top everywhere. No page is reloaded for any of it: each
 * carries a mark set by the test before, still there after. Without JavaScript, the same page asks and votes by
 * plain posts.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuestionsBrowserIT {

    static final String PAT = "pat.asks@browser.example";
    static final String PIA = "pia.votes@browser.example";
    static final String FIRST = "How do schools without electricity take part?";
    static final String SECOND = "Will the recordings have subtitles?";
    private static String patPassword;
    private static String piaPassword;

    @Test
    @Order(0)
    void theAdministratorPreparesATownHallAndTwoParticipants(Browser browser) {
        TownHall.ensure(browser);
        ConsoleSteps.signIn(browser, SignInBrowserIT.ADMIN, SignInBrowserIT.PASSWORD);
        patPassword = createAccount(browser, PAT, "Pat Okafor");
        piaPassword = createAccount(browser, PIA, "Pia Lindqvist");
    }

    @Test
    @Order(1)
    void questionsAndVotesMoveLiveOnEveryScreenAndTheModeratorStaysInControl(Browser moderator) {
        try (Chromium.Another patsChromium = Chromium.another(); Chromium.Another piasChromium = Chromium.another()) {
            Browser pat = patsChromium.browser();
            Browser pia = piasChromium.browser();
            String page = "session.xhtml?id=" + TownHall.sessionId();
            ConsoleSteps.signIn(pat, PAT, patPassword);
            ConsoleSteps.signIn(pia, PIA, piaPassword);
            pia.open(page);
            assertEquals("No question yet.", pia.find("#questions-none").getText());
            ConsoleSteps.signIn(moderator, SignInBrowserIT.ADMIN, SignInBrowserIT.PASSWORD);
            moderator.open("console/moderate.xhtml?c=" + TownHall.SLUG + "&id=" + TownHall.sessionId());
            assertEquals(TownHall.TITLE, moderator.find("#moderated-title").getText());
            moderator.waitUntil(ExpectedConditions.attributeToBe(By.id("moderated-title"), "data-live", "true"));
            awaitSocket(pia);
            mark(pia, moderator);

            // Pat asks, showing his name: it waits for the moderator, who sees it arrive.
            pat.open(page);
            pat.find("#question-text").sendKeys(FIRST);
            pat.find("#question-show-name").click();
            pat.clickToNavigate(pat.find("#ask-submit"));
            assertTrue(pat.find("#questions-outcome").getText().contains("waits for a moderator"));
            assertTrue(pat.find("#questions-waiting").getText().contains(FIRST), "Pat sees his question waiting");
            WebElement pending = moderator.waitUntil(d -> question(moderator, FIRST));
            assertTrue(pending.getText().contains("Awaiting moderation") && pending.getText().contains("Pat Okafor"), pending.getText());
            assertTrue(pia.findAll("#question-list li").isEmpty(), "nobody else sees it before it is approved");

            // The moderator approves: both participants' pages show it.
            awaitSocket(pat);
            mark(pat);
            click(moderator, FIRST, "button.approve");
            pat.waitUntil(d -> pat.findAll("#questions-waiting li").isEmpty());
            for (Browser participant : List.of(pat, pia)) {
                WebElement shown = participant.waitUntil(d -> visibleQuestion(participant, FIRST));
                assertTrue(shown.getText().contains("Pat Okafor"), "with his name, as he chose: " + shown.getText());
                assertEquals("0", shown.findElement(By.cssSelector(".count")).getText());
            }

            // Pia votes: the count moves on every page.
            visibleQuestion(pia, FIRST).findElement(By.cssSelector("button.vote-button")).click();
            pia.waitUntil(d -> visibleQuestion(pia, FIRST).findElement(By.cssSelector(".voted-mark")).isDisplayed());
            for (Browser participant : List.of(pat, pia)) {
                participant.waitUntil(d -> "1".equals(visibleQuestion(participant, FIRST).findElement(By.cssSelector(".count")).getText()));
            }
            moderator.waitUntil(d -> "1".equals(question(moderator, FIRST).findElement(By.cssSelector(".count")).getText()));

            // Pia asks (without her name); the moderator approves and pins it: it moves to the top everywhere.
            pia.find("#question-text").sendKeys(SECOND);
            pia.clickToNavigate(pia.find("#ask-submit"));
            awaitSocket(pia);
            mark(pia);
            moderator.waitUntil(d -> question(moderator, SECOND));
            click(moderator, SECOND, "button.approve");
            for (Browser participant : List.of(pat, pia)) {
                participant.waitUntil(d -> visibleQuestion(participant, SECOND));
                assertEquals(List.of(FIRST, SECOND), texts(participant), "the voted question first");
            }
            assertTrue(visibleQuestion(pat, SECOND).getText().contains("Anonymous"), "Pia did not show her name");
            click(moderator, SECOND, "button.pin");
            for (Browser participant : List.of(pat, pia)) {
                participant.waitUntil(d -> texts(participant).equals(List.of(SECOND, FIRST)));
                assertTrue(visibleQuestion(participant, SECOND).findElement(By.cssSelector(".pinned-mark")).isDisplayed(),
                        "marked as the one being answered");
            }
            moderator.waitUntil(d -> question(moderator, SECOND).getText().contains("Pinned: being answered now"));

            assertMarked(pat, pia, moderator);
            pat.screenshot("questions-participant");
            moderator.screenshot("questions-moderator");
        }
    }

    @Test
    @Order(2)
    void withoutJavaScriptOneAsksAndVotesAllTheSame(Browser browser) {
        TownHall.ensure(browser);
        ConsoleSteps.signIn(browser, PIA, piaPassword);
        browser.javaScript(false);
        browser.open("session.xhtml?id=" + TownHall.answeredSessionId());
        WebElement question = browser.find("#question-list li");
        browser.clickToNavigate(question.findElement(By.cssSelector("button.vote-button")));
        assertEquals("Your vote counts.", browser.find("#questions-outcome").getText());
        assertTrue(browser.find("#question-list li .voted-mark").isDisplayed());
        assertEquals("1", browser.find("#question-list li .count").getText());

        browser.find("#question-text").sendKeys("Is there a summary in French?");
        browser.clickToNavigate(browser.find("#ask-submit"));
        assertTrue(browser.find("#questions-outcome").getText().contains("waits for a moderator"));
        assertTrue(browser.find("#questions-waiting").getText().contains("Is there a summary in French?"));
    }

    /** The question on a participant's page, once shown there; null before. */
    private static WebElement visibleQuestion(Browser browser, String text) {
        return browser.findAll("#question-list li").stream()
                .filter(li -> li.findElement(By.cssSelector(".question-text")).getText().equals(text)).findFirst().orElse(null);
    }

    /** The question on the moderator's page, once shown there; null before. */
    private static WebElement question(Browser moderator, String text) {
        return moderator.findAll("#moderated li").stream()
                .filter(li -> li.findElement(By.cssSelector(".question-text")).getText().equals(text)).findFirst().orElse(null);
    }

    private static void click(Browser moderator, String text, String button) {
        moderator.waitUntil(ExpectedConditions.elementToBeClickable(question(moderator, text).findElement(By.cssSelector(button))));
        question(moderator, text).findElement(By.cssSelector(button)).click();
    }

    private static List<String> texts(Browser browser) {
        return browser.findAll("#question-list li .question-text").stream().map(WebElement::getText).toList();
    }

    /** Waits until the page's script has its socket open (the snapshot sent on opening came). */
    private static void awaitSocket(Browser browser) {
        browser.waitUntil((ExpectedCondition<Boolean>) d -> Boolean.TRUE.equals(browser.script(
                "return document.getElementById('questions').getAttribute('data-connected') === 'true';")));
    }

    /** Sets a mark on each page that a reload would wipe out. */
    private static void mark(Browser... browsers) {
        for (Browser b : browsers) {
            b.script("window.plenaryNotReloaded = true;");
        }
    }

    private static void assertMarked(Browser... browsers) {
        for (Browser b : browsers) {
            assertEquals(Boolean.TRUE, b.script("return window.plenaryNotReloaded === true;"), "reloaded: " + b.currentUrl());
        }
    }

    private static String createAccount(Browser admin, String email, String name) {
        admin.open("console/users.xhtml");
        ConsoleSteps.type(admin, "create:email", email);
        ConsoleSteps.type(admin, "create:displayName", name);
        admin.find("button[id='create:submit']").click();
        String password = admin.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password"))).getText();
        admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts"), email));
        return password;
    }
}

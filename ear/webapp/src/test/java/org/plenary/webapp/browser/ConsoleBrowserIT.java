package org.plenary.webapp.browser;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An organiser builds a small conference in the console, as a new user would: the administrator makes the account
 * (an organiser of MLW 2020, with a one-time password), the organiser changes that password, creates a conference,
 * gives it two days, two tracks and a speaker, schedules a keynote with the keynote's own editor (its slides), moves
 * it, sees a clash when the speaker is booked twice, publishes the conference, and finds it on the public
 * programme, where a script typed in a title is only text; then schedules a panel with the panel's editor (its
 * moderator and panellists, in order), which participants find on its page.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    static final String SLUG = "edlab-2027";
    static final String ORGANISER = "olu@console.browser.example";
    static final String ORGANISER_PASSWORD = "lantern harbour quietly 42";
    static String oneTimePassword;

    @Test
    @Order(0)
    void theAdministratorMakesAnOrganiser(Browser browser) {
        ConsoleSteps.signIn(browser, SignInBrowserIT.ADMIN, SignInBrowserIT.PASSWORD);
        browser.open("console/users.xhtml");
        ConsoleSteps.type(browser, "create:email", ORGANISER);
        ConsoleSteps.type(browser, "create:displayName", "Olu Organiser");
        browser.find("button[id='create:submit']").click();
        oneTimePassword = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password"))).getText();
        browser.open("console/users.xhtml?c=mlw2020");
        ConsoleSteps.type(browser, "grant:email", ORGANISER);
        ConsoleSteps.choose(browser, "grant:role", "Organiser");
        browser.find("button[id='grant:submit']").click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is now Organiser"));
    }

    @Test
    @Order(1)
    void anOrganiserBuildsAConferenceFromAnEmptyConsole(Browser browser) {
        ConsoleSteps.signIn(browser, ORGANISER, oneTimePassword);
        assertTrue(browser.find(".notice").getText().contains("one-time password"), browser.find(".notice").getText());
        browser.open("console/password.xhtml");
        ConsoleSteps.type(browser, "password:current", oneTimePassword);
        ConsoleSteps.type(browser, "password:next", ORGANISER_PASSWORD);
        ConsoleSteps.type(browser, "password:repeat", ORGANISER_PASSWORD);
        browser.clickToNavigate(browser.find("[name='password:submit']"));
        assertTrue(ConsoleSteps.messages(browser).contains("Your password was changed"), ConsoleSteps.messages(browser));
        browser.open("console/");
        assertEquals(List.of("Organiser"), browser.findAll("#roles li").stream().map(WebElement::getText).toList());

        browser.clickToNavigate(browser.find("#new-conference"));
        assertEquals("New conference", browser.find("h1").getText());
        // Bad input first: everything is kept and each problem is said beside its field.
        ConsoleSteps.type(browser, "conference:slug", "Ed Lab!");
        ConsoleSteps.type(browser, "conference:title", "Education Lab 2027");
        ConsoleSteps.type(browser, "conference:firstDay", "2027-03-02");
        ConsoleSteps.type(browser, "conference:lastDay", "2027-03-01");
        browser.clickToNavigate(browser.find("button[id='conference:save']"));
        assertAll(
                () -> assertTrue(ConsoleSteps.fieldMessage(browser, "conference:slug").contains("lower-case letters"),
                        ConsoleSteps.fieldMessage(browser, "conference:slug")),
                () -> assertEquals("Education Lab 2027", browser.find("input[name='conference:title']").getAttribute("value")));

        ConsoleSteps.type(browser, "conference:slug", SLUG);
        ConsoleSteps.type(browser, "conference:firstDay", "2027-03-01");
        ConsoleSteps.type(browser, "conference:lastDay", "2027-03-02");
        new Select(browser.find("select[name='conference:timeZone']")).selectByValue("Africa/Nairobi");
        ConsoleSteps.type(browser, "conference:languages", "en, fr");
        browser.clickToNavigate(browser.find("button[id='conference:save']"));
        assertTrue(browser.currentUrl().endsWith("/console/conference.xhtml?c=" + SLUG), browser.currentUrl());
        assertTrue(ConsoleSteps.messages(browser).contains("The conference \"Education Lab 2027\" was created."),
                ConsoleSteps.messages(browser));

        addDay(browser, "2027-03-01", "Policies");
        addDay(browser, "2027-03-02", "Practice");
        addTrack(browser, "main", "Main hall");
        addTrack(browser, "side", "Side room");
        assertEquals(List.of("2027-03-01", "2027-03-02"), browser.findAll("[id='days:list'] tbody tr td:first-child")
                .stream().map(WebElement::getText).toList());
        assertEquals(List.of("Main hall", "Side room"), browser.findAll("[id='tracks:list'] tbody tr td:first-child input")
                .stream().map(e -> e.getAttribute("value")).toList());
        var theme = browser.findAll("[id='days:list'] tbody tr input").get(1);
        theme.clear();
        theme.sendKeys("Practice and tools");
        browser.clickToNavigate(browser.find("button[id='days:saveThemes']"));
        browser.open("console/conference.xhtml?c=" + SLUG);
        assertEquals("Practice and tools", browser.findAll("[id='days:list'] tbody tr input").get(1).getAttribute("value"));

        browser.clickToNavigate(browser.find("a#menu-people"));
        addPerson(browser, "Amina Diallo", "Ministry of Education", null);
    }

    @Test
    @Order(2)
    void schedulesAKeynoteWithItsOwnEditorAndMovesIt(Browser browser) {
        ConsoleSteps.signIn(browser, ORGANISER, ORGANISER_PASSWORD);
        browser.open("console/programme.xhtml?c=" + SLUG);
        assertEquals(List.of("Main hall", "Side room"), browser.findAll("#grid th").stream().map(WebElement::getText).toList());
        browser.clickToNavigate(browser.findAll("#grid td").get(0).findElement(By.linkText("+ Keynote")));

        ConsoleSteps.type(browser, "session:title", "Opening keynote <script>window.pwned=1</script>");
        ConsoleSteps.type(browser, "session:start", "09:00");
        ConsoleSteps.type(browser, "session:end", "09:30");
        new Select(browser.find("select[name='session:status']")).selectByValue("SCHEDULED");
        new Select(browser.find("select[name='session:speakerIds']")).selectByVisibleText("Amina Diallo — Ministry of Education");
        browser.find("button[id$='add-resource']").click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.keynote-resource input[id$=':title']")));
        browser.find("tr.keynote-resource input[id$=':title']").sendKeys("Opening slides");
        browser.find("tr.keynote-resource input[id$=':url']").sendKeys("not an address");
        browser.clickToNavigate(browser.find("button[id='session:save']"));
        assertTrue(ConsoleSteps.messages(browser).contains("http or https"), "the keynote's own check: " + ConsoleSteps.messages(browser));
        assertEquals("Opening slides", browser.find("tr.keynote-resource input[id$=':title']").getAttribute("value"), "input kept");

        var url = browser.find("tr.keynote-resource input[id$=':url']");
        url.clear();
        url.sendKeys("https://example.org/opening.pdf");
        browser.clickToNavigate(browser.find("button[id='session:save']"));
        assertTrue(ConsoleSteps.messages(browser).contains("was created"), ConsoleSteps.messages(browser));
        assertTrue(browser.currentUrl().contains("/console/session.xhtml?c=" + SLUG + "&id="), browser.currentUrl());
        assertEquals("https://example.org/opening.pdf", browser.find("tr.keynote-resource input[id$=':url']").getAttribute("value"));

        // Move it to the second day, the side room, 10:00; it keeps its 30 minutes.
        new Select(browser.find("select[name='session:day']")).selectByValue("2027-03-02");
        new Select(browser.find("select[name='session:trackId']")).selectByVisibleText("Side room");
        ConsoleSteps.type(browser, "session:start", "10:00");
        ConsoleSteps.type(browser, "session:end", "10:30");
        browser.clickToNavigate(browser.find("button[id='session:save']"));
        assertTrue(ConsoleSteps.messages(browser).contains("was saved"), ConsoleSteps.messages(browser));

        browser.open("console/programme.xhtml?c=" + SLUG + "&day=2027-03-02");
        List<WebElement> cells = browser.findAll("#grid td");
        assertTrue(cells.get(0).findElements(By.cssSelector("a.slot")).isEmpty(), "no longer in the main hall");
        assertEquals("10:00–10:30", cells.get(1).findElement(By.cssSelector("a.slot .time")).getText());
        browser.open("console/programme.xhtml?c=" + SLUG + "&day=2027-03-01");
        assertTrue(browser.findAll("#grid a.slot").isEmpty(), "gone from the first day");
    }

    @Test
    @Order(3)
    void aSpeakerBookedTwiceAtOnceIsFlagged(Browser browser) {
        ConsoleSteps.signIn(browser, ORGANISER, ORGANISER_PASSWORD);
        browser.open("console/programme.xhtml?c=" + SLUG + "&day=2027-03-02");
        browser.clickToNavigate(browser.findAll("#grid td").get(0).findElement(By.linkText("+ Keynote")));
        ConsoleSteps.type(browser, "session:title", "Closing keynote");
        ConsoleSteps.type(browser, "session:start", "10:15");
        ConsoleSteps.type(browser, "session:end", "10:45");
        new Select(browser.find("select[name='session:speakerIds']")).selectByVisibleText("Amina Diallo — Ministry of Education");
        browser.clickToNavigate(browser.find("button[id='session:save']"));
        assertTrue(browser.find("#conflicts").getText().contains("Amina Diallo also speaks in \"Opening keynote"),
                browser.find("#conflicts").getText());
        browser.open("console/programme.xhtml?c=" + SLUG + "&day=2027-03-02");
        assertEquals(2, browser.findAll("#grid a.slot.conflict").size(), "both are marked in the grid");
    }

    @Test
    @Order(4)
    void publishesAndTheTitleIsShownAsText(Browser browser) {
        ConsoleSteps.signIn(browser, ORGANISER, ORGANISER_PASSWORD);
        browser.open("console/conference.xhtml?c=" + SLUG);
        browser.clickToNavigate(browser.find("button[id='publication:publish']"));
        assertTrue(browser.find("#publication-status").getText().startsWith("Published"), browser.find("#publication-status").getText());

        browser.open("programme.xhtml?c=" + SLUG + "&tz=Africa/Nairobi");
        String page = browser.find("main").getText();
        assertTrue(page.contains("Opening keynote <script>window.pwned=1</script>"), page);
        assertFalse(Boolean.TRUE.equals(browser.script("return window.pwned === 1;")), "the script did not run");
    }

    @Test
    @Order(5)
    void aChangeMadeMeanwhileInAnotherTabIsCaughtAndTheInputKept(Browser browser) {
        ConsoleSteps.signIn(browser, ORGANISER, ORGANISER_PASSWORD);
        browser.open("console/programme.xhtml?c=" + SLUG + "&day=2027-03-02");
        String editor = browser.findAll("#grid td").get(1).findElement(By.cssSelector("a.slot")).getAttribute("href");
        browser.open(editor);
        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(editor);
        ConsoleSteps.type(browser, "session:title", "Opening keynote, revised elsewhere");
        browser.clickToNavigate(browser.find("button[id='session:save']"));
        assertTrue(ConsoleSteps.messages(browser).contains("was saved"), ConsoleSteps.messages(browser));
        browser.driver().close();
        browser.driver().switchTo().window(first);

        ConsoleSteps.type(browser, "session:title", "Opening keynote, my version");
        browser.clickToNavigate(browser.find("button[id='session:save']"));
        assertTrue(ConsoleSteps.messages(browser).contains("Someone else changed this session"), ConsoleSteps.messages(browser));
        assertEquals("Opening keynote, my version", browser.find("input[name='session:title']").getAttribute("value"),
                "nothing typed is lost");
        browser.open(editor);
        assertEquals("Opening keynote, revised elsewhere", browser.find("input[name='session:title']").getAttribute("value"));
    }

    @Test
    @Order(6)
    void schedulesAPanelWithItsModeratorAndPanellistsWhichParticipantsThenSee(Browser browser) {
        ConsoleSteps.signIn(browser, ORGANISER, ORGANISER_PASSWORD);
        browser.open("console/people.xhtml?c=" + SLUG);
        addPerson(browser, "Bruno Costa", "Vice-Minister of Education", "BR");
        addPerson(browser, "Chen Wei", "Researcher, open education", "CN");
        browser.open("console/programme.xhtml?c=" + SLUG + "&day=2027-03-01");
        browser.clickToNavigate(browser.findAll("#grid td").get(0).findElement(By.linkText("+ Panel")));

        ConsoleSteps.type(browser, "session:title", "Ministers' panel on school connectivity");
        ConsoleSteps.type(browser, "session:start", "11:00");
        ConsoleSteps.type(browser, "session:end", "12:00");
        new Select(browser.find("select[name='session:status']")).selectByValue("SCHEDULED");
        new Select(browser.find("select[name='session:panel:kind']")).selectByVisibleText("High-level panel");
        new Select(browser.find("select[name='session:panel:moderator']")).selectByVisibleText(AMINA);
        addPanellist(browser, BRUNO);
        addPanellist(browser, AMINA);
        browser.clickToNavigate(browser.find("button[id='session:save']"));
        assertTrue(ConsoleSteps.messages(browser).contains("Amina Diallo moderates this panel and cannot also sit on it as a panellist."),
                "the panel's own check: " + ConsoleSteps.messages(browser));
        assertEquals(List.of(BRUNO, AMINA), seated(browser), "the input is kept");
        assertEquals(AMINA, new Select(browser.find("select[name='session:panel:moderator']")).getFirstSelectedOption().getText());

        new Select(browser.findAll("tr.panel-seat select").get(1)).selectByVisibleText(CHEN);
        browser.findAll("tr.panel-seat input[id$=':role']").get(1).sendKeys("For the research community");
        browser.findAll("tr.panel-seat button[id$=':up']").get(1).click();
        browser.waitUntil(d -> {
            try {
                return seated(browser).equals(List.of(CHEN, BRUNO));
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false; // the rows are being drawn again
            }
        });
        browser.clickToNavigate(browser.find("button[id='session:save']"));
        assertTrue(ConsoleSteps.messages(browser).contains("was created"), ConsoleSteps.messages(browser));
        assertEquals(List.of(CHEN, BRUNO), seated(browser), "saved in the order chosen");
        String id = browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        browser.open("session.xhtml?id=" + id);
        assertAll(
                () -> assertEquals("Ministers' panel on school connectivity", browser.find("h1").getText()),
                () -> assertEquals("High-level panel", browser.find("dd.panel-kind").getText()),
                () -> assertEquals("Amina Diallo, Ministry of Education", browser.find("dd.panel-moderator").getText()),
                () -> assertEquals(List.of("Chen Wei, Researcher, open education (China) — For the research community",
                        "Bruno Costa, Vice-Minister of Education (Brazil)"),
                        browser.findAll("li.panellist").stream().map(WebElement::getText).toList()));
    }

    private static final String AMINA = "Amina Diallo — Ministry of Education";
    private static final String BRUNO = "Bruno Costa — Vice-Minister of Education";
    private static final String CHEN = "Chen Wei — Researcher, open education";

    private static void addPerson(Browser browser, String name, String affiliation, String country) {
        browser.find("button[id='people:new']").click();
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='person:name']")));
        ConsoleSteps.type(browser, "person:name", name);
        ConsoleSteps.type(browser, "person:affiliation", affiliation);
        if (country != null) {
            ConsoleSteps.type(browser, "person:country", country);
        }
        browser.find("button[id='person:save']").click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("people"), name));
    }

    /** Adds a row to the panel's editor (an Ajax button) and picks the person in it. */
    private static void addPanellist(Browser browser, String label) {
        int rows = browser.findAll("tr.panel-seat").size();
        browser.find("button[id$='add-panellist']").click();
        browser.waitUntil(d -> browser.findAll("tr.panel-seat").size() == rows + 1);
        new Select(browser.findAll("tr.panel-seat select").get(rows)).selectByVisibleText(label);
    }

    /** Who the panel's editor seats, in order. */
    private static List<String> seated(Browser browser) {
        return browser.findAll("tr.panel-seat select").stream().map(s -> new Select(s).getFirstSelectedOption().getText()).toList();
    }

    private static void addDay(Browser browser, String date, String theme) {
        ConsoleSteps.type(browser, "days:date", date);
        ConsoleSteps.type(browser, "days:theme", theme);
        browser.clickToNavigate(browser.find("button[id='days:add']"));
        assertTrue(ConsoleSteps.messages(browser).contains("The day " + date + " was added."), ConsoleSteps.messages(browser));
    }

    private static void addTrack(Browser browser, String key, String name) {
        ConsoleSteps.type(browser, "tracks:name", name);
        ConsoleSteps.type(browser, "tracks:key", key);
        browser.clickToNavigate(browser.find("button[id='tracks:add']"));
        assertTrue(ConsoleSteps.messages(browser).contains("The track \"" + name + "\" was added."), ConsoleSteps.messages(browser));
    }
}

package org.plenary.webapp.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;
import org.plenary.testkit.browser.WindowSize;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A participant reads the platform in French, then in Arabic (right to left), picking the language in the header
 * of any page; the choice follows them from page to page, in a cookie when signed out and in their profile when
 * signed in. A first visit follows the browser's language.
 */
@BrowserTest
class LanguageBrowserIT {

    private static final String OPENING_EN = "Opening ceremony";
    private static final String OPENING_FR = "Cérémonie d'ouverture";

    @Test
    void frenchThenArabicStickFromPageToPage(Browser browser) {
        ProgrammeScreen programme = ProgrammeScreen.open(browser, "");
        assertAll("before choosing",
                () -> assertEquals("en", lang(browser)),
                () -> assertEquals("ltr", dir(browser)),
                () -> assertEquals(List.of("English", "العربية", "Français"), pickerNames(browser)),
                () -> assertEquals("English", current(browser)));

        pick(browser, "Français");
        assertAll("the programme in French",
                () -> assertEquals("fr", lang(browser)),
                () -> assertEquals("ltr", dir(browser)),
                () -> assertEquals("Français", current(browser)),
                () -> assertTrue(browser.find("h1").getText().startsWith("Programme"), browser.find("h1").getText()),
                () -> assertEquals("Jour", browser.find("label[for='f-day']").getText()),
                () -> assertEquals(OPENING_FR, ProgrammeScreen.title(programme.card(OPENING_FR))),
                () -> assertEquals("Allocution liminaire", programme.card(OPENING_FR).findElement(By.cssSelector(".meta .format")).getText(),
                        "the keynote plugin's own French name"),
                () -> assertEquals("en", programme.card("Workshop (Ericsson)").findElement(By.cssSelector("a.card-title")).getAttribute("lang"),
                        "a session without a French title keeps its original, marked as English"));
        Cookie kept = browser.driver().manage().getCookieNamed("plenary-lang");
        assertNotNull(kept, "the choice is kept in a cookie");
        assertEquals("fr", kept.getValue());

        browser.clickToNavigate(browser.find("header nav a[href*='conference.xhtml']"));
        assertAll("the conference's page, without lang in its address",
                () -> assertFalse(browser.currentUrl().contains("lang="), browser.currentUrl()),
                () -> assertEquals("fr", lang(browser)),
                () -> assertTrue(browser.find("h1").getText().startsWith("Semaine de l'apprentissage mobile 2020"), browser.find("h1").getText()),
                () -> assertEquals("Journées et thèmes", browser.find("main h2").getText()));

        pick(browser, "العربية");
        assertAll("the conference's page in Arabic, right to left",
                () -> assertEquals("ar", lang(browser)),
                () -> assertEquals("rtl", dir(browser)),
                () -> assertEquals("العربية", current(browser)),
                () -> assertEquals("الأيام ومحاورها", browser.find("main h2").getText()),
                () -> assertTrue(browser.find("h1").getText().startsWith("Mobile Learning Week 2020"), "no Arabic title: the original"),
                () -> assertTrue(browser.find("a.brand").getRect().getX() > browser.find("nav.languages").getRect().getX(),
                        "the header is mirrored: the site's name on the right, the languages on the left"));
        browser.screenshotOfWindow("language-conference-ar");

        browser.clickToNavigate(browser.find("main a.button[href^='programme.xhtml']"));
        ProgrammeScreen arabic = ProgrammeScreen.on(browser);
        assertAll("the programme in Arabic",
                () -> assertEquals("ar", lang(browser)),
                () -> assertEquals("rtl", dir(browser)),
                () -> assertTrue(browser.find("h1").getText().startsWith("البرنامج"), browser.find("h1").getText()),
                () -> assertEquals("كلمة رئيسية", arabic.card(OPENING_EN).findElement(By.cssSelector(".meta .format")).getText()),
                () -> assertEquals("10:30–10:45", ProgrammeScreen.time(arabic.card(OPENING_EN)), "times in Latin digits"));
        arabic.openSession(OPENING_EN);
        assertAll("a keynote's page in Arabic",
                () -> assertEquals("rtl", dir(browser)),
                () -> assertEquals("كلمة رئيسية", browser.find("dd.format").getText()),
                () -> assertEquals("المتحدثون", browser.find("#keynote-speakers").getText()),
                () -> assertEquals("العودة إلى البرنامج", browser.find("header nav a").getText()),
                () -> assertTrue(browser.find("#session-when").getText().contains("أكتوبر"), browser.find("#session-when").getText()));
        browser.screenshotOfWindow("language-session-ar");
        assertNull(browser.driver().manage().getCookieNamed("JSESSIONID"), "an anonymous visitor gets no HTTP session");
    }

    @Test
    @org.plenary.testkit.browser.Window(WindowSize.PHONE)
    void arabicOnAPhoneFitsTheScreen(Browser browser) {
        browser.open("programme.xhtml?c=mlw2020&lang=ar");
        assertEquals("rtl", dir(browser));
        assertFalse(browser.scrollsHorizontally(), "the right-to-left programme fits a 360-pixel screen");
        browser.screenshot("language-programme-ar-phone");
    }

    @Test
    void aFirstVisitFollowsTheBrowsersLanguage(Browser browser) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        browser.open("index.xhtml");
        String agent = (String) browser.script("return navigator.userAgent;");
        try {
            chrome.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", agent, "acceptLanguage", "fr-FR,fr"));
            ProgrammeScreen programme = ProgrammeScreen.open(browser, "");
            assertAll("a French browser",
                    () -> assertEquals("fr", lang(browser)),
                    () -> assertEquals(OPENING_FR, ProgrammeScreen.title(programme.card(OPENING_FR))),
                    () -> assertNull(browser.driver().manage().getCookieNamed("plenary-lang"), "nothing chosen, nothing kept"));

            chrome.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", agent, "acceptLanguage", "ar,en"));
            browser.open("conference.xhtml?c=mlw2020");
            assertAll("an Arabic browser",
                    () -> assertEquals("ar", lang(browser)),
                    () -> assertEquals("rtl", dir(browser)));
        } finally {
            chrome.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", agent, "acceptLanguage", "en-US,en"));
        }
    }

    @Test
    void aSignedInChoiceIsKeptInTheProfile(Browser browser) {
        ConsoleSteps.signIn(browser, UsersBrowserIT.ADMIN, UsersBrowserIT.PASSWORD);
        try {
            browser.open("programme.xhtml?c=mlw2020&lang=fr");
            assertEquals("fr", lang(browser));
            browser.driver().manage().deleteCookieNamed("plenary-lang");
            browser.open("conference.xhtml?c=mlw2020");
            assertEquals("fr", lang(browser), "without the cookie, the account's language");

            browser.driver().manage().deleteAllCookies();
            browser.open("conference.xhtml?c=mlw2020");
            assertEquals("en", lang(browser), "signed out, with no cookie: the browser's language");
            ConsoleSteps.signIn(browser, UsersBrowserIT.ADMIN, UsersBrowserIT.PASSWORD);
            assertEquals("fr", lang(browser), "signed in again: the console speaks the account's language");
            browser.open("programme.xhtml?c=mlw2020");
            assertEquals("fr", lang(browser), "and so do the participant pages");
        } finally {
            browser.open("programme.xhtml?c=mlw2020&lang=en");
        }
        assertEquals("en", lang(browser));
    }

    @Test
    void anOrganiserTranslatesASessionInTheConsole(Browser browser) {
        ProgrammeScreen programme = ProgrammeScreen.open(browser, "");
        String id = programme.card("Workshop (GIZ)").getAttribute("data-session");
        ConsoleSteps.signIn(browser, UsersBrowserIT.ADMIN, UsersBrowserIT.PASSWORD);
        browser.open("console/session.xhtml?c=mlw2020&id=" + id);
        assertEquals(List.of("Title (French)", "Summary (French)", "Title (Arabic)", "Summary (Arabic)"),
                browser.findAll("label[for^='session:tr-']").stream().map(WebElement::getText).toList().subList(0, 4),
                "a title and a summary for each of the conference's other languages");

        ConsoleSteps.type(browser, "session:tr-summary-es", "Un taller práctico.");
        browser.clickToNavigate(browser.find("button[id='session:save']"));
        assertEquals("A translation needs a title.", ConsoleSteps.fieldMessage(browser, "session:tr-title-es"));

        ConsoleSteps.type(browser, "session:tr-summary-es", "");
        ConsoleSteps.type(browser, "session:tr-title-fr", "Atelier (GIZ)");
        ConsoleSteps.type(browser, "session:tr-title-ar", "ورشة عمل (GIZ)");
        browser.clickToNavigate(browser.find("button[id='session:save']"));
        assertTrue(ConsoleSteps.messages(browser).contains("was saved"), ConsoleSteps.messages(browser));
        assertEquals("Atelier (GIZ)", browser.find("[name='session:tr-title-fr']").getAttribute("value"));

        browser.open("session.xhtml?id=" + id + "&lang=fr");
        assertEquals("Atelier (GIZ)", browser.find("h1").getText());
        browser.open("session.xhtml?id=" + id + "&lang=ar");
        assertAll("in Arabic",
                () -> assertEquals("ورشة عمل (GIZ)", browser.find("h1").getText()),
                () -> assertEquals("rtl", browser.find("h1").getAttribute("dir")));
        browser.open("session.xhtml?id=" + id + "&lang=en");
        assertEquals("Workshop (GIZ)", browser.find("h1").getText(), "the original in the main language");
    }

    private static void pick(Browser browser, String language) {
        WebElement link = browser.findAll("nav.languages a").stream().filter(a -> a.getText().equals(language)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + language + " in the picker: " + pickerNames(browser)));
        browser.clickToNavigate(link);
    }

    private static List<String> pickerNames(Browser browser) {
        return browser.findAll("nav.languages a").stream().map(WebElement::getText).toList();
    }

    /** The language marked as the current one (aria-current). */
    private static String current(Browser browser) {
        List<WebElement> marked = browser.findAll("nav.languages a[aria-current='true']");
        assertEquals(1, marked.size(), "one language is marked current");
        return marked.get(0).getText();
    }

    private static String lang(Browser browser) {
        return browser.find("html").getAttribute("lang");
    }

    private static String dir(Browser browser) {
        return browser.find("html").getAttribute("dir");
    }
}

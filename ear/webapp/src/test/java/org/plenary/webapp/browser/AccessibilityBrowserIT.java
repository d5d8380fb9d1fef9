package org.plenary.webapp.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;
import org.plenary.testkit.browser.Axe;
import org.plenary.testkit.browser.AxeViolation;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;
import org.plenary.testkit.browser.Keyboard;
import org.plenary.testkit.browser.WindowSize;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2.1 AA on every participant page ({@link ParticipantPage#ALL}) at desktop and phone sizes, checked with
 * axe-core; and what axe cannot check: the keyboard reaches everything, the skip link works, the focus shows.
 */
@BrowserTest
class AccessibilityBrowserIT {

    static Stream<Arguments> pagesAndSizes() {
        return ParticipantPage.ALL.stream().flatMap(page -> Stream.of(WindowSize.values()).map(size -> Arguments.of(page, size)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("pagesAndSizes")
    void axeFindsNoViolation(ParticipantPage page, WindowSize size, Browser browser) {
        browser.resize(size);
        page.open(browser);
        Axe.wcag21aa().assertNoViolations(browser);
    }

    /** The check itself: axe runs in the page and reports what a broken page breaks, by element. */
    @Test
    void axeReportsABrokenPage(Browser browser) {
        browser.open("programme.xhtml?c=" + ParticipantPage.MLW);
        browser.script("document.querySelector('label[for=tz]').remove();"
                + " document.querySelector('h1').style.color = '#c8c8c8';"
                + " document.documentElement.removeAttribute('lang');");

        List<AxeViolation> found = Axe.wcag21aa().violations(browser);
        List<String> rules = found.stream().map(AxeViolation::rule).toList();
        assertTrue(rules.containsAll(List.of("select-name", "color-contrast", "html-has-lang")), rules::toString);
        AxeViolation unnamed = found.stream().filter(v -> v.rule().equals("select-name")).findFirst().orElseThrow();
        assertEquals("#tz", unnamed.elements().get(0).target());
        AssertionError failure = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> Axe.wcag21aa().assertNoViolations(browser));
        assertTrue(failure.getMessage().contains("- select-name (critical): "), failure.getMessage());
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheContent(Browser browser) {
        browser.open("programme.xhtml?c=" + ParticipantPage.MLW);
        Keyboard keys = new Keyboard(browser);

        WebElement skip = keys.tab();
        assertEquals("Skip to content", skip.getText(), () -> "first Tab stop: " + Keyboard.describe(skip));
        keys.assertFocusVisible(skip);
        assertTrue(skip.isDisplayed(), "the skip link shows once it has the focus");

        keys.enter();
        browser.waitUntil(d -> "content".equals(keys.focused().getAttribute("id")));
        WebElement next = keys.tab();
        assertTrue((Boolean) browser.script("return document.getElementById('content').contains(arguments[0]);", next),
                () -> "after the skip link, Tab goes on inside the content, not the header: " + Keyboard.describe(next));
    }

    @Test
    void everyStopOfTheProgrammeShowsItsFocus(Browser browser) {
        assertFocusShownAll(browser, "programme.xhtml?c=" + ParticipantPage.MLW + "&day=2020-10-14");
    }

    @Test
    void everyStopOfTheSessionAndSignInPagesShowsItsFocus(Browser browser) {
        assertFocusShownAll(browser, "session.xhtml?id=" + ParticipantPage.sessionId("Opening ceremony"));
        assertFocusShownAll(browser, "login.xhtml");
    }

    /** Tabs through the whole page; at each stop the focus must show, in the window. */
    private static void assertFocusShownAll(Browser browser, String path) {
        browser.open(path);
        Keyboard keys = new Keyboard(browser);
        List<WebElement> seen = new ArrayList<>();
        for (WebElement reached = keys.tab(); !reached.getTagName().equals("body") && !seen.contains(reached); reached = keys.tab()) {
            keys.assertFocusVisible(reached);
            seen.add(reached);
            assertTrue(seen.size() < 500, "Tab never leaves " + path);
        }
        assertTrue(seen.size() > 3, () -> "Tab reaches the links and fields of " + path + ": " + seen.stream().map(Keyboard::describe).toList());
    }
}

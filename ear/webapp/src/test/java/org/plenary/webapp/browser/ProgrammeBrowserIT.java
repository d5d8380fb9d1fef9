package org.plenary.webapp.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;
import org.plenary.testkit.browser.Window;
import org.plenary.testkit.browser.WindowSize;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plenary.webapp.browser.ProgrammeScreen.boxes;
import static org.plenary.webapp.browser.ProgrammeScreen.cards;
import static org.plenary.webapp.browser.ProgrammeScreen.titles;

/** The MLW 2020 programme as a participant sees it: parallel sessions, filters, a phone screen. */
@BrowserTest
class ProgrammeBrowserIT {

    private static final String DAY_1 = "2020-10-12";
    private static final String DAY_2 = "2020-10-13";
    private static final String DAY_3 = "2020-10-14";

    /** Pixels two boxes may differ by and still count as aligned (sub-pixel rounding). */
    private static final int SLACK = 2;

    @Test
    void parallelSessionsOfDayTwoStandSideBySide(Browser browser) {
        ProgrammeScreen programme = ProgrammeScreen.open(browser, "");

        assertSideBySide(programme.slot(DAY_2, "11:30"),
                "Global Education Coalition solutions", "Workshop (Huawei)", "Workshop (call for proposals): radio");
        assertSideBySide(programme.slot(DAY_2, "14:00"),
                "Workshop (NORAD and the Global Digital Library)", "Workshop (Ericsson)",
                "Workshop (call for proposals): developing");
        assertSideBySide(programme.slot(DAY_2, "15:30"),
                "Workshop (Microsoft)", "Workshop (GIZ)", "Workshop (call for proposals): peer support");
    }

    @Test
    void filteringByWorkshopLeavesOnlyWorkshops(Browser browser) {
        ProgrammeScreen programme = ProgrammeScreen.open(browser, "").filterFormat("Workshop");

        List<WebElement> cards = programme.cards();
        assertEquals(8, cards.size(), () -> "the eight workshops of day 2, got " + titles(cards));
        for (WebElement card : cards) {
            assertAll(ProgrammeScreen.title(card),
                    () -> assertTrue(card.getAttribute("class").contains("format-workshop"), card.getAttribute("class")),
                    () -> assertEquals("Workshop", card.findElement(By.cssSelector(".meta .format")).getText()));
        }
        assertAll(
                () -> assertTrue(titles(cards).contains("Workshop (Huawei)"), titles(cards)::toString),
                () -> assertTrue(titles(cards).contains("Workshop (GIZ)"), titles(cards)::toString),
                () -> assertEquals(List.of("day-" + DAY_2), programme.dayIds(), "only the day that has workshops"),
                () -> assertEquals("Workshop", programme.selectedFormat(), "the filter shows what it applies"),
                () -> assertTrue(browser.currentUrl().contains("format=workshop"), browser.currentUrl()));
        // parallel workshops still stand side by side once filtered
        assertSideBySide(programme.slot(DAY_2, "14:00"),
                "Workshop (NORAD and the Global Digital Library)", "Workshop (Ericsson)",
                "Workshop (call for proposals): developing");
    }

    @Test
    void filteringByDayShowsOnlyThatDay(Browser browser) {
        ProgrammeScreen programme = ProgrammeScreen.open(browser, "");
        assertEquals(List.of("day-" + DAY_1, "day-" + DAY_2, "day-" + DAY_3), programme.dayIds(), "unfiltered: three days");

        programme.filterDay("Wed 14 Oct");

        List<String> titles = titles(programme.cards());
        assertAll(
                () -> assertEquals(List.of("day-" + DAY_3), programme.dayIds()),
                () -> assertTrue(programme.day(DAY_3).getText().contains("October 14, 2020"), "day heading"),
                () -> assertEquals(9, titles.size(), titles::toString),
                () -> assertTrue(titles.contains("Closing remarks"), titles::toString),
                () -> assertFalse(titles.contains("Opening ceremony"), "a day-1 session is shown: " + titles),
                () -> assertFalse(titles.contains("Workshop (Huawei)"), "a day-2 session is shown: " + titles),
                () -> assertEquals("Wed 14 Oct", programme.selectedDay()));
    }

    @Test
    void filtersCombine(Browser browser) {
        ProgrammeScreen programme = ProgrammeScreen.open(browser, "&day=" + DAY_2 + "&format=workshop&track=room-1");

        assertEquals(List.of("Workshop (NORAD and the Global Digital Library)", "Workshop (Microsoft)"),
                titles(programme.cards()));
    }

    @Test
    @Window(WindowSize.PHONE)
    void onAPhoneNothingScrollsSidewaysAndParallelSessionsStack(Browser browser) {
        ProgrammeScreen programme = ProgrammeScreen.open(browser, "");
        // kept for people to look at: target/screenshots/programme-phone-*.png
        browser.screenshotOfWindow("programme-phone-top");
        browser.scrollTo(programme.slot(DAY_2, "11:30"));
        browser.screenshotOfWindow("programme-phone-day2-1130");

        assertEquals(WindowSize.PHONE.width(), browser.viewportWidth(), "the page is laid out for the phone's width");
        assertFalse(browser.scrollsHorizontally(), "the programme scrolls sideways on a 360-px phone");

        List<WebElement> cards = cards(programme.slot(DAY_2, "11:30"));
        assertEquals(3, cards.size());
        List<Rectangle> boxes = boxes(cards);
        for (int i = 1; i < boxes.size(); i++) {
            Rectangle above = boxes.get(i - 1);
            Rectangle below = boxes.get(i);
            int index = i;
            assertAll("card " + index + " of the 11:30 slot, " + boxes,
                    () -> assertEquals(above.getX(), below.getX(), SLACK, "same left edge"),
                    () -> assertTrue(below.getY() >= above.getY() + above.getHeight() - SLACK, "below the previous card"));
        }
        for (WebElement card : programme.cards()) {
            Rectangle box = card.getRect();
            assertTrue(box.getX() >= 0 && box.getX() + box.getWidth() <= WindowSize.PHONE.width() + SLACK,
                    () -> "card '" + ProgrammeScreen.title(card) + "' sticks out of the screen: " + box);
        }
    }

    /** The slot holds exactly these sessions (titles starting so), in this order, on one row from left to right. */
    private static void assertSideBySide(WebElement slot, String... titleStarts) {
        List<WebElement> cards = cards(slot);
        List<String> titles = titles(cards);
        assertEquals(titleStarts.length, cards.size(), () -> "sessions of the slot: " + titles);
        for (int i = 0; i < titleStarts.length; i++) {
            String expected = titleStarts[i];
            String actual = titles.get(i);
            assertTrue(actual.startsWith(expected), () -> "expected '" + expected + "…', got " + titles);
        }
        List<Rectangle> boxes = boxes(cards);
        for (int i = 1; i < boxes.size(); i++) {
            Rectangle left = boxes.get(i - 1);
            Rectangle right = boxes.get(i);
            int index = i;
            assertAll("'" + titles.get(index) + "' next to '" + titles.get(index - 1) + "': " + boxes,
                    () -> assertEquals(left.getY(), right.getY(), SLACK, "same top"),
                    () -> assertTrue(right.getX() >= left.getX() + left.getWidth() - SLACK, "to the right, not overlapping"));
        }
        assertTrue(cards.stream().allMatch(WebElement::isDisplayed), "all cards visible");
    }
}

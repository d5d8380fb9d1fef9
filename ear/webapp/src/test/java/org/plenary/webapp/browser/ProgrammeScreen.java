package org.plenary.webapp.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.plenary.testkit.browser.Browser;

import java.util.List;

/**
 * What a participant sees on the programme page (programme.xhtml) and how they use it, for the browser tests. All
 * lookups go through what is on screen: the day sections, the slots with their times, the session cards.
 */
final class ProgrammeScreen {

    /** The demo conference loaded with {@code -Dplenary.demo=true}. */
    static final String MLW = "mlw2020";

    private final Browser browser;

    private ProgrammeScreen(Browser browser) {
        this.browser = browser;
    }

    /** Opens the MLW 2020 programme with extra query parameters such as {@code "&day=2020-10-13"}. */
    static ProgrammeScreen open(Browser browser, String extraQuery) {
        browser.open("programme.xhtml?c=" + MLW + extraQuery);
        return on(browser);
    }

    /** The programme page the browser shows now. */
    static ProgrammeScreen on(Browser browser) {
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("viewer-zone")));
        return new ProgrammeScreen(browser);
    }

    /** The ids of the day sections shown, e.g. {@code day-2020-10-13}, in order. */
    List<String> dayIds() {
        return browser.findAll("section.day").stream().map(day -> day.getAttribute("id")).toList();
    }

    WebElement day(String isoDate) {
        return browser.find("section.day#day-" + isoDate);
    }

    /** The slot of a day starting at {@code start} ("11:30") in the viewer's zone. */
    WebElement slot(String isoDate, String start) {
        return day(isoDate).findElements(By.cssSelector("div.slot")).stream()
                .filter(slot -> slot.findElement(By.cssSelector(".slot-time time")).getText().startsWith(start + "–"))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no slot starting at " + start + " on " + isoDate
                        + "; slots: " + day(isoDate).findElements(By.cssSelector(".slot-time time")).stream()
                        .map(WebElement::getText).toList()));
    }

    /** The session cards of a slot (or of anything), in document order. */
    static List<WebElement> cards(WebElement container) {
        return container.findElements(By.cssSelector("li.card.session"));
    }

    /** Every session card on the page. */
    List<WebElement> cards() {
        return browser.findAll("li.card.session");
    }

    static String title(WebElement card) {
        return card.findElement(By.cssSelector("a.card-title")).getText();
    }

    static List<String> titles(List<WebElement> cards) {
        return cards.stream().map(ProgrammeScreen::title).toList();
    }

    static List<Rectangle> boxes(List<WebElement> cards) {
        return cards.stream().map(WebElement::getRect).toList();
    }

    /** The card whose title is exactly {@code title}. */
    WebElement card(String title) {
        String literal = title.contains("'") ? '"' + title + '"' : "'" + title + "'";
        return browser.driver().findElement(By.xpath(
                "//li[contains(concat(' ', normalize-space(@class), ' '), ' card ')][a[normalize-space()=" + literal + "]]"));
    }

    /** The time range printed on a card, e.g. "10:30–10:45". */
    static String time(WebElement card) {
        return card.findElement(By.cssSelector("time.time")).getText();
    }

    /** "Asia/Tokyo (UTC+09:00)": the zone the page says times are shown in. */
    String viewerZone() {
        return browser.find("#viewer-zone").getText();
    }

    /** The whole time zone box, as read. */
    String zoneBoxText() {
        return browser.find("#zone").getText();
    }

    /** Picks a zone in the zone list and applies it, as a participant would. */
    ProgrammeScreen chooseZone(String zoneId) {
        new Select(browser.find("#tz")).selectByValue(zoneId);
        submit(browser.find("#tz-apply"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("viewer-zone"), zoneId));
        return this;
    }

    /** Picks a format (by its name on screen, e.g. "Workshop") in the filters and applies them. */
    ProgrammeScreen filterFormat(String formatName) {
        new Select(browser.find("#f-format")).selectByVisibleText(formatName);
        submit(browser.find("#filter-apply"));
        return on(browser);
    }

    /** Picks a day (as listed, e.g. "Wed 14 Oct") in the filters and applies them. */
    ProgrammeScreen filterDay(String dayOption) {
        new Select(browser.find("#f-day")).selectByVisibleText(dayOption);
        submit(browser.find("#filter-apply"));
        return on(browser);
    }

    String selectedFormat() {
        return new Select(browser.find("#f-format")).getFirstSelectedOption().getText();
    }

    String selectedDay() {
        return new Select(browser.find("#f-day")).getFirstSelectedOption().getText();
    }

    String selectedZone() {
        return new Select(browser.find("#tz")).getFirstSelectedOption().getAttribute("value");
    }

    /** Follows a session's title link to its page. */
    void openSession(String title) {
        browser.clickToNavigate(card(title).findElement(By.cssSelector("a.card-title")));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("session-when")));
    }

    /** Clicks a button that submits a form and waits for the next page. */
    private void submit(WebElement button) {
        browser.clickToNavigate(button);
    }
}

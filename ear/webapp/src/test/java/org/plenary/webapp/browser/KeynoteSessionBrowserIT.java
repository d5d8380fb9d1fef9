package org.plenary.webapp.browser;

import org.junit.jupiter.api.Test;
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

/** A keynote's page (the keynote plugin's participant view inside the core session page), reached from the programme. */
@BrowserTest
class KeynoteSessionBrowserIT {

    private static final String RECORDING = "https://replay.example.org/mlw2020/d1-opening";
    private static final String SLIDES = "https://files.example.org/mlw2020/d1-opening/slides.pdf";

    @Test
    void openingCeremonyShowsSpeakersTimeRecordingAndSlides(Browser browser) {
        ProgrammeScreen.open(browser, "").openSession("Opening ceremony");

        List<String> speakers = browser.findAll(".speaker-name").stream().map(WebElement::getText).toList();
        WebElement watch = browser.find("a.watch-link");
        List<WebElement> resources = browser.findAll(".keynote-resources a");
        WebElement slides = resources.stream().filter(a -> a.getText().equals("Slides")).findFirst().orElse(null);
        assertAll(
                () -> assertEquals("Opening ceremony", browser.find("h1").getText()),
                () -> assertFalse(browser.findAll("section.format-keynote").isEmpty(), "the keynote plugin's view, not the generic one"),
                () -> assertEquals("Stefania Giannini", speakers.isEmpty() ? null : speakers.get(0), () -> "first speaker of " + speakers),
                () -> assertTrue(speakers.contains("Kwame Asante-Lindberg"), speakers::toString),
                () -> assertEquals("Keynote", browser.find("dd.format").getText()),
                () -> assertEquals("Monday, October 12, 2020, 10:30–10:45", browser.find("#session-when").getText()),
                () -> assertTrue(browser.find(".zone-note").getText().contains("Europe/Paris"), browser.find(".zone-note").getText()),
                () -> assertEquals("Watch the recording", watch.getText(), "the session has ended"),
                () -> assertEquals(RECORDING, watch.getAttribute("href")),
                () -> assertTrue(slides != null, () -> "a 'Slides' link among " + resources.stream().map(WebElement::getText).toList()),
                () -> assertEquals(SLIDES, slides == null ? null : slides.getAttribute("href")));
    }

    @Test
    @Window(WindowSize.PHONE)
    void sessionPageFitsAPhone(Browser browser) {
        ProgrammeScreen.open(browser, "").openSession("Opening ceremony");

        assertFalse(browser.scrollsHorizontally(), "the session page scrolls sideways on a 360-px phone");
        WebElement watch = browser.find("a.watch-link");
        assertTrue(watch.isDisplayed(), "the recording link is visible");
        assertTrue(watch.getRect().getX() + watch.getRect().getWidth() <= WindowSize.PHONE.width(), () -> "the recording link fits: " + watch.getRect());
    }
}

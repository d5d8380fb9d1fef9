package org.plenary.webapp.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;
import org.plenary.testkit.browser.Window;
import org.plenary.testkit.browser.WindowSize;
import org.plenary.webapp.mail.Mailbox;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A participant in Nairobi registers in French from a phone: from the programme read in Nairobi time to the
 * registration form (its zone already Nairobi's), the confirmation e-mail read from a real SMTP server (GreenMail,
 * on the port the shared platform sends to: {@code plenary.it.smtpPort}), its link followed, a password chosen, and
 * the conference's home, signed in.
 */
@BrowserTest
@Window(WindowSize.PHONE)
class RegistrationBrowserIT {

    private static final String EMAIL = "wanjiku.phone@browser.example";
    private static Mailbox mailbox;

    @BeforeAll
    static void startTheMailServer() {
        mailbox = Mailbox.open(Integer.getInteger("plenary.it.smtpPort"));
    }

    @AfterAll
    static void stopTheMailServer(Browser browser) {
        try {
            speak(browser, "en-US,en");
        } finally {
            mailbox.close();
        }
    }

    @Test
    void aParticipantInNairobiRegistersInFrenchFromAPhone(Browser browser) throws Exception {
        speak(browser, "fr-FR,fr");
        browser.open("programme.xhtml?c=mlw2020&tz=Africa/Nairobi");
        browser.clickToNavigate(browser.find("#nav-register"));

        assertAll("the form, in French, fits the phone",
                () -> assertTrue(browser.find("h1").getText().startsWith("Inscription"), browser.find("h1").getText()),
                () -> assertEquals("Africa/Nairobi", new Select(browser.find("select[name='register:timeZone']"))
                        .getFirstSelectedOption().getAttribute("value"), "the zone read on the programme"),
                () -> assertFalse(browser.scrollsHorizontally(), "no sideways scrolling on a phone"));

        ConsoleSteps.type(browser, "register:name", "Wanjiku Mwangi");
        ConsoleSteps.type(browser, "register:email", EMAIL);
        ConsoleSteps.type(browser, "register:organisation", "Kenya Institute of Curriculum Development");
        new Select(browser.find("select[name='register:country']")).selectByValue("KE");
        browser.find("label[for$='register:category:3']").click();
        tick(browser, "fr");
        tick(browser, "sw");
        ConsoleSteps.type(browser, "register:interests", "apprentissage mobile, formation des enseignants");
        browser.find("input[name='register:privacy']").click(); // its label holds the link to the notice
        browser.waitUntil(ExpectedConditions.elementSelectionStateToBe(browser.find("input[name='register:privacy']"), true));
        browser.find("label[for='register:listed']").click();
        browser.screenshot("registration-form-fr-phone");
        browser.clickToNavigate(browser.find("input[name='register:submit']"));

        assertTrue(browser.find("#outcome").getText().contains("Consultez votre messagerie"), browser.find("main").getText());
        assertEquals(EMAIL, browser.find("#sent-to").getText());

        Mailbox.Mail mail = mailbox.first(EMAIL, Duration.ofSeconds(60));
        assertAll("the mail, in French, in Nairobi time",
                () -> assertTrue(mail.subject().startsWith("Confirmez votre inscription à Mobile Learning Week 2020"), mail.subject()),
                () -> assertTrue(mail.text().contains("11:30 (Africa/Nairobi, UTC+03:00)"), mail.text()));

        browser.open(mail.link("confirm.xhtml?token="));
        assertTrue(browser.find("main").getText().contains("Mobile Learning Week 2020"));
        ConsoleSteps.type(browser, "confirm:password", "jacaranda blossoms over ngong road");
        browser.clickToNavigate(browser.find("input[name='confirm:submit']"));
        assertTrue(browser.find("#confirmed").getText().contains("Votre inscription est confirmée"), browser.find("main").getText());
        browser.screenshot("registration-confirmed-fr-phone");

        browser.clickToNavigate(browser.find("#to-conference"));
        assertTrue(browser.currentUrl().contains("conference.xhtml?c=mlw2020"), browser.currentUrl());
        browser.open("register.xhtml?c=mlw2020");
        assertTrue(browser.find("#registered").getText().contains("Vous êtes déjà inscrit"), "signed in, and known");
    }

    /** Ticks a spoken language by clicking its label, as a thumb does. */
    private static void tick(Browser browser, String language) {
        var box = browser.find("input[name='register:languages'][value='" + language + "']");
        browser.scrollTo(box);
        browser.find("label[for='" + box.getAttribute("id") + "']").click();
        browser.waitUntil(ExpectedConditions.elementSelectionStateToBe(box, true));
    }

    /** Makes the browser ask for pages in these languages (its Accept-Language), as a French-speaking phone does. */
    private static void speak(Browser browser, String languages) {
        HasCdp cdp = (HasCdp) browser.driver();
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", languages)));
    }
}

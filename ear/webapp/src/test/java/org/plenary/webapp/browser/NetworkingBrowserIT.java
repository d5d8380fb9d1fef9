package org.plenary.webapp.browser;

import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;
import org.plenary.webapp.mail.Mailbox;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two participants meet, as people would: each registers to a coming conference and confirms by the e-mailed link
 * (listed in the directory), one finds the other in the directory and asks to be in touch, the other accepts and
 * books a half-hour meeting in a slot free for both, and the first finds it on their contacts page, in their zone,
 * in their mailbox, in "my agenda" and in the calendar feed they subscribe to.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkingBrowserIT {

    static final String SLUG = "meet-2031";
    static final String ANA = "ana.meets@browser.example";
    static final String BEN = "ben.meets@browser.example";
    static final String PASSWORD = "kettle moonlight harbour 77";
    private static Mailbox mailbox;

    @BeforeAll
    static void startTheMailServer() {
        mailbox = Mailbox.open(Integer.getInteger("plenary.it.smtpPort"));
    }

    @AfterAll
    static void stopTheMailServer() {
        mailbox.close();
    }

    @Test
    @Order(0)
    void anOrganiserPublishesAComingConference(Browser browser) {
        ConsoleSteps.signIn(browser, SignInBrowserIT.ADMIN, SignInBrowserIT.PASSWORD);
        browser.open("console/conference.xhtml");
        ConsoleSteps.type(browser, "conference:slug", SLUG);
        ConsoleSteps.type(browser, "conference:title", "Meet 2031");
        ConsoleSteps.type(browser, "conference:firstDay", "2031-05-06");
        ConsoleSteps.type(browser, "conference:lastDay", "2031-05-06");
        new Select(browser.find("select[name='conference:timeZone']")).selectByValue("Africa/Nairobi");
        browser.clickToNavigate(browser.find("button[id='conference:save']"));
        ConsoleSteps.type(browser, "days:date", "2031-05-06");
        browser.clickToNavigate(browser.find("button[id='days:add']"));
        browser.clickToNavigate(browser.find("button[id='publication:publish']"));
        assertTrue(browser.find("#publication-status").getText().startsWith("Published"));
    }

    @Test
    @Order(1)
    void anaRegistersAndAgreesToBeListed(Browser browser) throws Exception {
        register(browser, "Ana Achieng", ANA, "KE");
    }

    @Test
    @Order(2)
    void benRegistersAndAgreesToBeListed(Browser browser) throws Exception {
        register(browser, "Ben Martin", BEN, "FR");
    }

    @Test
    @Order(3)
    void benFindsAnaAndAsksToBeInTouch(Browser browser) {
        signInAt(browser, "directory.xhtml?c=" + SLUG, BEN);
        ConsoleSteps.type(browser, "country", "KE");
        browser.clickToNavigate(browser.find("form[role='search'] button[type='submit']"));
        WebElement card = browser.find("#directory li.person");
        assertEquals("Ana Achieng", card.findElement(By.cssSelector(".person-name")).getText());
        card.findElement(By.cssSelector("textarea[name='message']")).sendKeys("Mobile learning in rural schools?");
        browser.clickToNavigate(card.findElement(By.cssSelector("input.ask")));
        assertEquals("Your request was sent.", browser.find("#outcome").getText());
    }

    @Test
    @Order(4)
    void anaAcceptsAndBooksAMeeting(Browser browser) throws Exception {
        assertTrue(mailbox.first(ANA, Duration.ofSeconds(60)) != null);
        signInAt(browser, "contacts.xhtml?c=" + SLUG, ANA);
        WebElement request = browser.find("#received li");
        assertTrue(request.getText().contains("Ben Martin") && request.getText().contains("Mobile learning in rural schools?"),
                request.getText());
        browser.clickToNavigate(request.findElement(By.cssSelector("input.accept")));
        assertEquals("You are now in touch.", browser.find("#outcome").getText());
        assertTrue(browser.find("#contacts").getText().contains(BEN), "his address, now that both agreed");

        browser.clickToNavigate(browser.find("#contacts a.meet"));
        assertEquals("Meet Ben Martin", browser.find("h1").getText());
        WebElement first = browser.find("#slots input.slot");
        assertTrue(first.getAttribute("value").endsWith("08:00"), "08:00 at the venue, Ana's zone: " + first.getAttribute("value"));
        browser.clickToNavigate(first);
        assertEquals("The meeting is booked; they were told by e-mail.", browser.find("#outcome").getText());
        assertTrue(browser.find("#meetings").getText().contains("08:00") && browser.find("#meetings").getText().contains("Ben Martin"),
                browser.find("#meetings").getText());
    }

    @Test
    @Order(5)
    void benSeesTheMeetingInHisZoneAndHisMailbox(Browser browser) throws Exception {
        // His confirmation, Ana's acceptance, then the meeting: wait for all three.
        Mailbox.Mail booked = mailbox.await(BEN, 3, Duration.ofSeconds(60)).stream()
                .filter(m -> m.subject().equals("Ana Achieng booked a meeting with you")).findFirst()
                .orElseThrow(() -> new AssertionError("no mail about the meeting: " + mailbox.to(BEN)));
        assertTrue(booked.text().contains("08:00 (Africa/Nairobi)"), booked.text());
        signInAt(browser, "contacts.xhtml?c=" + SLUG + "&tz=Europe/Paris", BEN);
        String meetings = browser.find("#meetings").getText();
        assertTrue(meetings.contains("Ana Achieng"), meetings);

        browser.open("agenda.xhtml?c=" + SLUG);
        WebElement meeting = browser.find("li.agenda-meeting");
        assertAll(
                () -> assertTrue(meeting.getText().contains("Meeting with Ana Achieng"), meeting.getText()),
                () -> assertEquals("07:00–07:30", meeting.findElement(By.cssSelector("time.time")).getText(),
                        "08:00 in Nairobi is 07:00 in Paris, Ben's zone now"));
        List<VEvent> events = AgendaBrowserIT.feed(browser.find("#feed-url").getAttribute("value"));
        assertEquals(List.of("Meeting with Ana Achieng"), events.stream().map(e -> AgendaBrowserIT.text(e, "SUMMARY")).toList(),
                "the meeting is in the calendar Ben subscribes to");
    }

    private static void register(Browser browser, String name, String email, String country) throws Exception {
        browser.open("register.xhtml?c=" + SLUG);
        ConsoleSteps.type(browser, "register:name", name);
        ConsoleSteps.type(browser, "register:email", email);
        new Select(browser.find("select[name='register:country']")).selectByValue(country);
        browser.find("label[for$='register:category:1']").click();
        new Select(browser.find("select[name='register:timeZone']")).selectByValue("Africa/Nairobi");
        browser.find("input[name='register:privacy']").click();
        browser.waitUntil(ExpectedConditions.elementSelectionStateToBe(browser.find("input[name='register:privacy']"), true));
        browser.find("input[name='register:listed']").click();
        browser.clickToNavigate(browser.find("input[name='register:submit']"));
        Mailbox.Mail mail = mailbox.first(email, Duration.ofSeconds(60));
        browser.open(mail.link("confirm.xhtml?token="));
        ConsoleSteps.type(browser, "confirm:password", PASSWORD);
        browser.clickToNavigate(browser.find("input[name='confirm:submit']"));
        assertTrue(browser.find("#confirmed").isDisplayed(), browser.find("main").getText());
    }

    /** Opens a page for participants only: the sign-in page comes first, then the page asked for. */
    private static void signInAt(Browser browser, String page, String email) {
        browser.open(page);
        ConsoleSteps.type(browser, "signin:email", email);
        ConsoleSteps.type(browser, "signin:password", PASSWORD);
        browser.clickToNavigate(browser.find("input[name='signin:submit']"));
        assertTrue(browser.currentUrl().endsWith("/" + page), "back to the page first asked for: " + browser.currentUrl());
    }
}

package org.plenary.webapp.it;

import java.io.StringReader;
import java.net.URI;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.plenary.platform.agenda.SessionCalendar;
import org.plenary.platform.conference.Conference;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.conference.ConferenceChanges;
import org.plenary.platform.conference.ConferenceForm;
import org.plenary.platform.mail.Outbox;
import org.plenary.platform.networking.ContactRequest;
import org.plenary.platform.networking.ContactStatus;
import org.plenary.platform.networking.Meeting;
import org.plenary.platform.networking.Networking;
import org.plenary.platform.registration.ParticipantCategory;
import org.plenary.platform.registration.Registration;
import org.plenary.platform.registration.RegistrationChanges;
import org.plenary.platform.registration.RegistrationForm;
import org.plenary.platform.validation.Refused;

import java.io.File;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Networking on the running platform: who shows in the directory, contact requests and their answers, meetings in
 * slots free for both, and the e-mails each side gets.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkingIT {

    static final String SLUG = "meet-2031";
    static final String PASSWORD = "seven quiet otters row";
    static final LocalDate DAY = LocalDate.parse("2031-05-06");

    @Deployment
    static WebArchive deployment() {
        // Links in mails name the configured site (as behind a reverse proxy).
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("plenary.war")))
                .addAsResource(new StringAsset("plenary.site.url=https://meet.example.org/\n"), "META-INF/microprofile-config.properties");
    }

    @Inject
    Accounts accounts;

    @Inject
    ConferenceChanges conferences;

    @Inject
    RegistrationChanges registrations;

    @Inject
    Networking networking;

    @Inject
    Outbox outbox;

    @Test
    @Order(1)
    void participantsRegisterSomeListedSomeNot() {
        Caller admin = new Caller(1, "admin@net.example", true, Map.of());
        ConferenceForm f = new ConferenceForm();
        f.setSlug(SLUG);
        f.setTitle("Meet 2031");
        f.setTimeZone("Africa/Nairobi");
        f.setFirstDay(DAY);
        f.setLastDay(DAY.plusDays(1));
        f.setLanguages("en, fr");
        accounts.create("admin@net.example", "Admin", PASSWORD);
        conferences.create(admin, f);
        conferences.addDay(admin, SLUG, DAY, null);
        conferences.publish(admin, SLUG, true);
        register("ana@net.example", "Ana", "KE", ParticipantCategory.TEACHER, "mobile learning, ai", true);
        register("ben@net.example", "Ben", "FR", ParticipantCategory.RESEARCHER, "ai", true);
        register("cai@net.example", "Cai", "KE", ParticipantCategory.TEACHER, "ai", false);
        register("dan@net.example", "Dan", "SN", ParticipantCategory.MINISTER, "policy", true);
    }

    @Test
    @Order(2)
    void theDirectoryShowsOnlyThoseWhoAgreedAndFilters() {
        Registration ana = me("ana@net.example");
        assertEquals(List.of("Ben", "Dan"), names(networking.directory(ana, Networking.Query.ALL, 0, 10)),
                "Cai did not agree to be listed; Ana does not see herself");
        assertEquals(List.of("Ben"), names(networking.directory(ana, new Networking.Query(null, "fr", null, null), 0, 10)));
        assertEquals(List.of("Dan"), names(networking.directory(ana, new Networking.Query(null, null, ParticipantCategory.MINISTER, null), 0, 10)));
        assertEquals(List.of("Dan"), names(networking.directory(ana, new Networking.Query(null, null, null, "Policy"), 0, 10)));
        assertEquals(List.of("Ben"), names(networking.directory(ana, new Networking.Query("be", null, null, null), 0, 10)));
        assertEquals(List.of(), names(networking.directory(ana, new Networking.Query("%", null, null, null), 0, 10)),
                "a wildcard typed is a character, not a pattern");
        assertEquals(2, networking.directorySize(ana, Networking.Query.ALL));
    }

    @Test
    @Order(3)
    void aRequestIsAnsweredOnlyByTheOneAskedAndTellsBothByMail() {
        Caller ana = caller("ana@net.example");
        Caller ben = caller("ben@net.example");
        Caller cai = caller("cai@net.example");
        long benId = me("ben@net.example").getId();
        long caiId = me("cai@net.example").getId();
        assertThrows(NotFound.class, () -> networking.ask(ana, SLUG, caiId, null), "Cai is not listed");
        assertThrows(NotAllowed.class, () -> networking.ask(Caller.ANONYMOUS, SLUG, benId, null));
        ContactRequest asked = networking.ask(ana, SLUG, benId, "Shall we talk about <b>AI</b> tutors?");
        assertThrows(Refused.class, () -> networking.ask(ana, SLUG, benId, null), "asked once");
        assertThrows(Refused.class, () -> networking.ask(ben, SLUG, me("ana@net.example").getId(), null), "Ben was asked already");
        assertThrows(NotFound.class, () -> networking.answer(cai, SLUG, asked.getId(), true), "not Cai's to answer");
        assertThrows(NotFound.class, () -> networking.answer(ana, SLUG, asked.getId(), true), "not the asker's to answer");
        assertEquals(ContactStatus.ACCEPTED, networking.answer(ben, SLUG, asked.getId(), true).getStatus());
        assertThrows(Refused.class, () -> networking.answer(ben, SLUG, asked.getId(), false), "answered once");

        assertTrue(outbox.to("ben@net.example").stream().anyMatch(m -> m.getSubject().equals("Ana would like to be in touch")
                && m.getTextBody().contains("Shall we talk about <b>AI</b> tutors?")), "Ben is told, the message as text");
        assertTrue(outbox.to("ana@net.example").stream().anyMatch(m -> m.getSubject().equals("Ben accepted your contact request")
                && m.getTextBody().contains("ben@net.example")), "Ana gets Ben's address once he accepts");
    }

    @Test
    @Order(4)
    void aMeetingTakesASlotFreeForBothAndOnlyWithAContact() {
        Caller ana = caller("ana@net.example");
        Caller ben = caller("ben@net.example");
        Registration anaR = me("ana@net.example");
        Registration benR = me("ben@net.example");
        List<Instant> free = networking.freeSlots(anaR, benR, DAY);
        assertEquals(24, free.size(), "08:00 to 20:00 in half hours");
        assertEquals(Instant.parse("2031-05-06T05:00:00Z"), free.get(0), "08:00 in Nairobi");
        Meeting m = networking.book(ana, SLUG, benR.getId(), free.get(4), "Coffee");
        assertFalse(networking.freeSlots(benR, anaR, DAY).contains(free.get(4)), "taken for Ben too");
        assertThrows(Refused.class, () -> networking.book(ben, SLUG, anaR.getId(), free.get(4), null));
        assertThrows(NotFound.class, () -> networking.book(ana, SLUG, me("dan@net.example").getId(), free.get(6), null),
                "not in touch with Dan");
        assertThrows(NotFound.class, () -> networking.cancel(caller("dan@net.example"), SLUG, m.getId()));
        networking.cancel(ben, SLUG, m.getId());
        assertTrue(networking.freeSlots(anaR, benR, DAY).contains(free.get(4)), "free again");
        assertTrue(outbox.to("ben@net.example").stream().anyMatch(x -> x.getSubject().equals("Ana booked a meeting with you")
                && x.getTextBody().contains("10:00 (Africa/Nairobi)")), "in Ben's zone, named");
    }

    @Test
    @Order(5)
    void aBookedMeetingIsInBothCalendarFeedsUntilCancelled() throws Exception {
        Caller ana = caller("ana@net.example");
        Registration anaR = me("ana@net.example");
        Registration benR = me("ben@net.example");
        Conference conference = networking.conference(SLUG);
        Instant slot = networking.freeSlots(anaR, benR, DAY).get(2);
        Meeting m = networking.book(ana, SLUG, benR.getId(), slot, "Tutors in Kiswahili");
        long benAccount = benR.getAccount().getId();
        List<Meeting> bens = networking.meetingsOf(benAccount, conference);
        assertEquals(List.of(m.getId()), bens.stream().map(Meeting::getId).toList(), "Ben's meeting, booked by Ana");

        String feed = new SessionCalendar(s -> URI.create("https://meet.example.org/session.xhtml?id=" + s.getId()),
                Locale.FRENCH, Instant.now()).feed("Meet 2031", List.of(), bens, benAccount,
                URI.create("https://meet.example.org/contacts.xhtml?c=" + SLUG));
        List<VEvent> events = new CalendarBuilder().build(new StringReader(feed)).getComponents("VEVENT");
        assertEquals(1, events.size(), feed);
        VEvent event = events.get(0);
        assertAll(
                () -> assertEquals("Rendez-vous avec Ana", text(event, "SUMMARY"), "in the feed's language, the other side named"),
                () -> assertEquals("meeting-" + m.getId() + "@" + SLUG + ".plenary", text(event, "UID")),
                () -> assertEquals(slot, instant(event, "DTSTART")),
                () -> assertEquals(slot.plus(Meeting.LENGTH), instant(event, "DTEND")),
                () -> assertTrue(text(event, "DESCRIPTION").contains("Tutors in Kiswahili"), text(event, "DESCRIPTION")),
                () -> assertEquals("https://meet.example.org/contacts.xhtml?c=" + SLUG, text(event, "URL")));

        networking.cancel(ana, SLUG, m.getId());
        assertEquals(List.of(), networking.meetingsOf(benAccount, conference), "a cancelled meeting leaves both agendas");
        assertEquals(List.of(), networking.meetingsOf(anaR.getAccount().getId(), conference));
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Instant instant(VEvent event, String property) {
        return event.<DateProperty<?>>getProperty(property).map(p -> Instant.from(p.getDate())).orElse(null);
    }

    private void register(String email, String name, String country, ParticipantCategory category, String interests, boolean listed) {
        Account a = accounts.create(email, name, PASSWORD);
        RegistrationForm form = new RegistrationForm();
        form.setName(name);
        form.setEmail(email);
        form.setCountry(country);
        form.setCategory(category);
        form.setLanguages(List.of("en"));
        form.setTimeZone("Africa/Nairobi");
        form.setInterests(interests);
        form.setPrivacy(true);
        form.setListed(listed);
        assertEquals(RegistrationChanges.Outcome.REGISTERED,
                registrations.register(new Caller(a.getId(), email, false, Map.of()), SLUG, form, Locale.ENGLISH));
    }

    private Caller caller(String email) {
        Account a = accounts.byEmail(email).orElseThrow();
        return new Caller(a.getId(), email, false, Map.of());
    }

    private Registration me(String email) {
        return networking.me(caller(email), networking.conference(SLUG)).orElseThrow();
    }

    private static List<String> names(List<Registration> found) {
        return found.stream().map(r -> r.getAccount().getDisplayName()).toList();
    }
}

package org.plenary.platform.agenda;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.people.Person;
import org.plenary.platform.persistence.Identified;
import org.plenary.platform.programme.Session;
import org.plenary.spi.SessionStatus;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionCalendarTest {

    private final Conference mlw = new Conference("mlw", "MLW", ZoneId.of("Europe/Paris"),
            LocalDate.parse("2020-10-12"), LocalDate.parse("2020-10-14"), List.of("en"));
    private final SessionCalendar calendar = new SessionCalendar(
            s -> URI.create("https://plenary.example/session.xhtml?id=" + s.getId()), Locale.ENGLISH,
            Instant.parse("2020-10-01T00:00:00Z"));

    @Test
    void aFeedReadsBackWithTheSessionsInstantsLinksAndStatus() throws Exception {
        Session opening = session(101, "Opening ceremony; welcome, all", "08:30", "08:45");
        opening.describe("Words of welcome.\nA second line, with a comma", "https://stream.example/live/1", null);
        opening.replaceSpeakers(List.of(new Person(mlw, "Stefania Giannini", null, null, null, null)));
        opening.changeStatus(SessionStatus.SCHEDULED);
        Session panel = session(102, "Panel", "09:00", "10:30");
        panel.changeStatus(SessionStatus.CANCELLED);

        String text = calendar.feed("MLW · my agenda", List.of(opening, panel), List.of(), 0,
                URI.create("https://plenary.example/contacts.xhtml?c=mlw"));
        Calendar read = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = read.getComponents("VEVENT");

        assertEquals(2, events.size(), text);
        VEvent first = events.get(0);
        assertAll(
                () -> assertEquals("session-101@mlw.plenary", text(first, "UID")),
                () -> assertEquals(Instant.parse("2020-10-12T08:30:00Z"), instant(first, "DTSTART")),
                () -> assertEquals(Instant.parse("2020-10-12T08:45:00Z"), instant(first, "DTEND")),
                () -> assertEquals("Opening ceremony; welcome, all", text(first, "SUMMARY")),
                () -> assertEquals("https://plenary.example/session.xhtml?id=101", text(first, "URL")),
                () -> assertEquals("https://stream.example/live/1", text(first, "LOCATION")),
                () -> assertTrue(text(first, "DESCRIPTION").contains("Speakers: Stefania Giannini"), text),
                () -> assertTrue(text(first, "DESCRIPTION").startsWith("Words of welcome.\nA second line, with a comma"), text),
                () -> assertTrue(first.getProperty("STATUS").isEmpty()),
                () -> assertEquals("CANCELLED", text(events.get(1), "STATUS")),
                () -> assertEquals("MLW · my agenda", read.getProperty("X-WR-CALNAME").map(Property::getValue).orElseThrow()));
        read.validate();
    }

    static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    static Instant instant(VEvent event, String property) {
        return event.<net.fortuna.ical4j.model.property.DateProperty<?>>getProperty(property)
                .map(p -> Instant.from(p.getDate())).orElse(null);
    }

    private Session session(long id, String title, String from, String to) throws Exception {
        Session s = new Session(mlw, "keynote", title, Instant.parse("2020-10-12T" + from + ":00Z"),
                Instant.parse("2020-10-12T" + to + ":00Z"));
        var field = Identified.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(s, id);
        return s;
    }
}

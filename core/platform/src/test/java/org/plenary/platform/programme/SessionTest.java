package org.plenary.platform.programme;

import org.junit.jupiter.api.Test;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.people.Person;
import org.plenary.platform.persistence.Ids;
import org.plenary.spi.SessionStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SessionTest {

    private final Conference mlw = new Conference("mlw2020", "MLW", ZoneId.of("Europe/Paris"),
            LocalDate.parse("2020-10-12"), LocalDate.parse("2020-10-14"), List.of("en"));

    @Test
    void aSessionMustEndAfterItStartsAndStayWithinTheConference() {
        Instant start = Instant.parse("2020-10-12T08:30:00Z");
        assertEquals("'Opening' must end after it starts", assertThrows(IllegalArgumentException.class,
                () -> new Session(mlw, "keynote", "Opening", start, start)).getMessage());
        assertEquals("'Late' lies outside the conference's dates", assertThrows(IllegalArgumentException.class,
                () -> new Session(mlw, "keynote", "Late", Instant.parse("2020-10-14T22:30:00Z"), Instant.parse("2020-10-14T23:30:00Z"))).getMessage());
        // 23:30 UTC on the 14th is already the 15th in Paris; 21:30 UTC is still the 14th
        new Session(mlw, "keynote", "Evening", Instant.parse("2020-10-14T20:30:00Z"), Instant.parse("2020-10-14T21:30:00Z"));
    }

    @Test
    void detailsCarryWhatAFormatNeedsAndTheRecordingOnceEnded() {
        Session s = Ids.assign(new Session(mlw, "keynote", "Opening", Instant.parse("2020-10-12T08:30:00Z"), Instant.parse("2020-10-12T08:45:00Z")));
        s.describe("Welcome", "https://stream.example.org/a", "https://replay.example.org/a");
        s.addSpeaker(new Person(null, "Stefania Giannini", "ADG", "IT", null, null));
        s.changeStatus(SessionStatus.LIVE);
        assertEquals("https://stream.example.org/a", s.details().watchUrl().orElseThrow());
        s.changeStatus(SessionStatus.ENDED);
        assertEquals("https://replay.example.org/a", s.details().watchUrl().orElseThrow());
        assertEquals("Stefania Giannini", s.details().speakers().get(0).name());
        s.changeStatus(SessionStatus.CANCELLED);
        assertEquals(java.util.Optional.empty(), s.details().watchUrl());
    }

    @Test
    void aSpeakerSpeaksOncePerSession() {
        Session s = new Session(mlw, "panel", "Panel", Instant.parse("2020-10-12T12:00:00Z"), Instant.parse("2020-10-12T13:30:00Z"));
        Person p = new Person(null, "A", null, null, null, null);
        s.addSpeaker(p);
        assertThrows(IllegalArgumentException.class, () -> s.addSpeaker(p));
    }
}

package org.plenary.platform.conference;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConferenceTest {

    private final Conference mlw = new Conference("mlw2020", "MLW", ZoneId.of("Europe/Paris"),
            LocalDate.parse("2020-10-12"), LocalDate.parse("2020-10-14"), List.of("en", "fr"));

    @Test
    void daysLieWithinTheConferenceAndComeInOrder() {
        mlw.addDay(LocalDate.parse("2020-10-14"), "Preparing for the future");
        mlw.addDay(LocalDate.parse("2020-10-12"), "Effective policies");
        assertEquals(LocalDate.parse("2020-10-12"), mlw.getDays().get(0).getDate());
        assertThrows(IllegalArgumentException.class, () -> mlw.addDay(LocalDate.parse("2020-10-15"), "After"));
        assertThrows(IllegalArgumentException.class, () -> mlw.addDay(LocalDate.parse("2020-10-12"), "Twice"));
    }

    @Test
    void venueTimeConvertsBothWays() {
        var opening = mlw.instantAt(LocalDateTime.parse("2020-10-12T10:30"));
        assertEquals("2020-10-12T08:30:00Z", opening.toString());
        assertEquals(LocalDateTime.parse("2020-10-12T10:30"), mlw.localTime(opening));
    }

    @Test
    void tracksHaveUniqueKeysAndKeepTheirOrder() {
        mlw.addTrack("room-2", "Room 2", 3);
        mlw.addTrack("plenary", "Plenary hall", 1);
        assertEquals("plenary", mlw.getTracks().get(0).getKey());
        assertThrows(IllegalArgumentException.class, () -> mlw.addTrack("plenary", "Again", 9));
    }

    @Test
    void theLastDayCannotPrecedeTheFirst() {
        assertThrows(IllegalArgumentException.class, () -> new Conference("x1", "X", ZoneId.of("UTC"),
                LocalDate.parse("2020-10-14"), LocalDate.parse("2020-10-12"), List.of("en")));
    }
}

package org.plenary.platform.web;

import org.junit.jupiter.api.Test;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Track;
import org.plenary.platform.persistence.Ids;
import org.plenary.platform.programme.Session;
import org.plenary.spi.SessionStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgrammeViewTest {

    private final Conference mlw = new Conference("mlw2020", "MLW", ZoneId.of("Europe/Paris"),
            LocalDate.parse("2020-10-12"), LocalDate.parse("2020-10-14"), List.of("en"));
    private final Track hall = mlw.addTrack("plenary", "Plenary hall", 1);
    private final Track room1 = mlw.addTrack("room-1", "Room 1", 2);
    private final Track room2 = mlw.addTrack("room-2", "Room 2", 3);

    {
        mlw.addDay(LocalDate.parse("2020-10-12"), "Effective policies");
        mlw.addDay(LocalDate.parse("2020-10-13"), "Innovative solutions");
    }

    private Session session(String title, String format, Track track, String start, String end) {
        Session s = Ids.assign(new Session(mlw, format, title, mlw.instantAt(LocalDateTime.parse(start)), mlw.instantAt(LocalDateTime.parse(end))));
        s.placeIn(track);
        s.changeStatus(SessionStatus.SCHEDULED);
        return s;
    }

    @Test
    void sessionsStartingTogetherShareASlotInTrackOrder() {
        List<Session> sessions = List.of(
                session("Opening", "keynote", hall, "2020-10-12T10:30", "2020-10-12T10:45"),
                session("Huawei", "workshop", room2, "2020-10-13T11:30", "2020-10-13T13:00"),
                session("Solutions", "solution-pitch", room1, "2020-10-13T11:30", "2020-10-13T13:00"));
        var days = ProgrammeView.of(mlw, sessions, mlw.zone(), Locale.ENGLISH, id -> id.toUpperCase(Locale.ROOT));
        assertEquals(2, days.size());
        assertEquals("Effective policies", days.get(0).theme());
        var slot = days.get(1).slots().get(0);
        assertTrue(slot.isParallel());
        assertEquals("11:30–13:00", slot.time());
        assertEquals(List.of("Solutions", "Huawei"), slot.cards().stream().map(ProgrammeView.Card::title).toList());
        assertEquals("WORKSHOP", slot.cards().get(1).formatName());
        assertFalse(days.get(0).slots().get(0).isParallel());
    }

    @Test
    void timesFollowTheViewersZoneAndSayWhenTheDateDiffers() {
        List<Session> sessions = List.of(session("Highlights", "keynote", hall, "2020-10-12T17:00", "2020-10-12T17:30"));
        var tokyo = ProgrammeView.of(mlw, sessions, ZoneId.of("Asia/Tokyo"), Locale.ENGLISH, id -> id);
        var slot = tokyo.get(0).slots().get(0);
        assertEquals("00:00–00:30", slot.time());
        assertEquals("Tue 13 Oct", slot.dateNote());
        var paris = ProgrammeView.of(mlw, sessions, mlw.zone(), Locale.ENGLISH, id -> id);
        assertNull(paris.get(0).slots().get(0).dateNote());
    }
}

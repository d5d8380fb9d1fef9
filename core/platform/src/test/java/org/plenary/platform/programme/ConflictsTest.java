package org.plenary.platform.programme;

import org.junit.jupiter.api.Test;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Track;
import org.plenary.platform.people.Person;
import org.plenary.spi.SessionStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictsTest {

    private final Conference lab = new Conference("lab", "Lab", ZoneId.of("Africa/Nairobi"),
            LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-02"), List.of("en"));
    private final Track main = lab.addTrack("main", "Main hall", 1);
    private final Track side = lab.addTrack("side", "Side room", 2);
    private final Person ana = new Person(lab, "Ana", null, null, null, null);
    private final Person bo = new Person(lab, "Bo", null, null, null, null);

    @Test
    void aSpeakerInTwoOverlappingSessionsIsFlaggedOnBoth() {
        Session a = session("A", "07:00", "07:30", side, ana);
        Session b = session("B", "07:15", "07:45", main, bo, ana);
        Conflicts found = Conflicts.among(List.of(b, a));
        assertEquals(List.of(new Conflict(Conflict.Kind.SPEAKER_TWICE, b, "Ana")), found.of(a));
        assertEquals(List.of(new Conflict(Conflict.Kind.SPEAKER_TWICE, a, "Ana")), found.of(b));
    }

    @Test
    void twoSessionsAtOnceInOneTrackAreFlagged() {
        Session a = session("A", "07:00", "08:00", main);
        Session b = session("B", "07:59", "08:30", main);
        Session c = session("C", "07:00", "08:00", side);
        Conflicts found = Conflicts.among(List.of(a, b, c));
        assertEquals(List.of(new Conflict(Conflict.Kind.TRACK_OVERLAP, b, null)), found.of(a));
        assertTrue(found.of(c).isEmpty(), "another track is no clash");
    }

    @Test
    void backToBackSessionsAndCancelledOnesDoNotClash() {
        Session a = session("A", "07:00", "08:00", main, ana);
        Session b = session("B", "08:00", "09:00", main, ana);
        Session c = session("C", "07:30", "08:30", main, ana);
        c.changeStatus(SessionStatus.CANCELLED);
        assertTrue(Conflicts.among(List.of(a, b, c)).isEmpty());
    }

    @Test
    void inAnAgendaAnyTwoSessionsAtOnceClashWhateverTheirTracks() {
        Session a = session("A", "07:00", "08:00", main);
        Session b = session("B", "07:30", "08:30", side);
        Session c = session("C", "08:30", "09:00", side);
        Session d = session("D", "07:00", "09:00", null);
        d.changeStatus(SessionStatus.CANCELLED);
        Conflicts found = Conflicts.forAttendee(List.of(c, b, a, d));
        assertEquals(List.of(new Conflict(Conflict.Kind.AT_ONCE, b, null)), found.of(a));
        assertEquals(List.of(new Conflict(Conflict.Kind.AT_ONCE, a, null)), found.of(b));
        assertTrue(found.of(c).isEmpty(), "back to back is no clash");
        assertTrue(found.of(d).isEmpty(), "a cancelled session clashes with nothing");
    }

    private Session session(String title, String from, String to, Track track, Person... speakers) {
        Session s = new Session(lab, "keynote", title, Instant.parse("2027-03-01T" + from + ":00Z"),
                Instant.parse("2027-03-01T" + to + ":00Z"));
        s.placeIn(track);
        s.replaceSpeakers(List.of(speakers));
        return s;
    }
}

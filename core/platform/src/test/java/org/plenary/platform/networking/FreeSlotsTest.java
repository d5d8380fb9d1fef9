package org.plenary.platform.networking;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FreeSlotsTest {

    private static Instant at(String hhmm) {
        return Instant.parse("2027-03-01T" + hhmm + ":00Z");
    }

    @Test
    void slotsOverlappingAnythingEitherIsDoingAreTaken() {
        List<Interval> busy = List.of(new Interval(at("09:15"), at("09:45")), new Interval(at("10:30"), at("11:00")));
        assertEquals(List.of(at("08:00"), at("08:30"), at("10:00"), at("11:00"), at("11:30")),
                FreeSlots.between(at("08:00"), at("12:00"), Duration.ofMinutes(30), busy, at("07:00")));
    }

    @Test
    void slotsAlreadyBegunAreOverAndTheLastOneEndsByClosing() {
        assertEquals(List.of(at("09:00"), at("09:30")),
                FreeSlots.between(at("08:00"), at("10:10"), Duration.ofMinutes(30), List.of(), at("08:40")));
    }
}

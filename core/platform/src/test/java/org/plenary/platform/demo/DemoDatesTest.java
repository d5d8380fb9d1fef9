package org.plenary.platform.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void asHeldKeepsTheFileAsItIs() throws Exception {
        JsonObject demo = demo();
        assertSame(demo, DemoDates.AS_HELD.apply(demo, TODAY));
    }

    @Test
    void upcomingMovesEveryDateByWholeWeeksToTheFirstMondayAfterToday() throws Exception {
        JsonObject moved = DemoDates.UPCOMING.apply(demo(), TODAY);
        JsonObject conference = moved.getJsonObject("conference");
        LocalDate first = LocalDate.parse(conference.getString("firstDay"));
        long days = ChronoUnit.DAYS.between(LocalDate.of(2020, 10, 12), first);
        assertAll(
                () -> assertEquals(LocalDate.of(2026, 12, 7), first, "the Monday after Friday 4 December 2026"),
                () -> assertEquals(DayOfWeek.MONDAY, first.getDayOfWeek()),
                () -> assertEquals(0, days % 7, "whole weeks"),
                () -> assertEquals(first.plusDays(2).toString(), conference.getString("lastDay")),
                () -> assertEquals(first.toString(), moved.getJsonArray("days").getJsonObject(0).getString("date")),
                () -> assertEquals("Effective policies", moved.getJsonArray("days").getJsonObject(0).getString("theme")));
        JsonObject opening = session(moved, "d1-opening");
        assertAll(
                () -> assertEquals(LocalDateTime.of(first, java.time.LocalTime.of(10, 30)).toString(), opening.getString("start"),
                        "the same time at the venue"),
                () -> assertEquals("SCHEDULED", opening.getString("status"), "ended in 2020, scheduled again"),
                () -> assertEquals(session(demo(), "d1-opening").getString("title"), opening.getString("title")),
                () -> assertEquals(demo().getJsonArray("sessions").size(), moved.getJsonArray("sessions").size()));
    }

    @Test
    void aFirstDayAfterTodayStaysWhereItIs() {
        assertAll(
                () -> assertEquals(0, DemoDates.weeksUntilAfter(LocalDate.of(2027, 1, 4), TODAY)),
                () -> assertEquals(1, DemoDates.weeksUntilAfter(TODAY, TODAY), "today is not after today"),
                () -> assertEquals(1, DemoDates.weeksUntilAfter(TODAY.minusDays(6), TODAY)),
                () -> assertEquals(2, DemoDates.weeksUntilAfter(TODAY.minusDays(7), TODAY)));
    }

    @Test
    void datesTimesAndInstantsMoveTheirDateOnlyAndOtherTextStays() {
        assertAll(
                () -> assertEquals("2020-10-19", DemoDates.movedText("2020-10-12", 7)),
                () -> assertEquals("2020-10-19T10:30", DemoDates.movedText("2020-10-12T10:30", 7)),
                () -> assertEquals("2020-10-08T07:00:00Z", DemoDates.movedText("2020-10-01T07:00:00Z", 7), "an instant, e.g. an enrolment window"),
                () -> assertEquals("2021-01-07T09:00:00.5+01:00", DemoDates.movedText("2020-12-31T09:00:00.5+01:00", 7)),
                () -> assertEquals("2020-13-45", DemoDates.movedText("2020-13-45", 7), "no date"),
                () -> assertEquals("Day 2020-10-12", DemoDates.movedText("Day 2020-10-12", 7), "a date inside text stays"),
                () -> assertEquals("https://x.example/2020-10-12", DemoDates.movedText("https://x.example/2020-10-12", 7)));
    }

    @Test
    void theSettingIsReadInAnyCaseAndAWrongOneIsNamed() {
        assertAll(
                () -> assertEquals(DemoDates.UPCOMING, DemoDates.of("upcoming")),
                () -> assertEquals(DemoDates.AS_HELD, DemoDates.of(" As-Held ")),
                () -> assertTrue(assertThrows(IllegalArgumentException.class, () -> DemoDates.of("tomorrow"))
                        .getMessage().contains("as-held or upcoming")));
    }

    private static JsonObject session(JsonObject demo, String key) {
        return demo.getJsonArray("sessions").stream().map(v -> v.asJsonObject())
                .filter(s -> key.equals(s.getString("key"))).findFirst().orElseThrow();
    }

    private static JsonObject demo() throws Exception {
        try (InputStream in = DemoDatesTest.class.getResourceAsStream("/demo/mlw2020.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}

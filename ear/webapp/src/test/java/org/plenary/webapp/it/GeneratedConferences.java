package org.plenary.webapp.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.LocalDateTime;

/** Conferences in the import format, built for tests. */
final class GeneratedConferences {

    private GeneratedConferences() {
    }

    /**
     * A one-day conference in Nairobi time with {@code sessions} sessions over three tracks, each with two
     * speakers; the formats cycle through keynote, fishbowl (not installed) and broken (failed).
     */
    static JsonObject generated(String slug, int sessions) {
        JsonArrayBuilder people = Json.createArrayBuilder();
        for (int i = 0; i < sessions * 2; i++) {
            people.add(Json.createObjectBuilder().add("key", "p" + i).add("name", "Speaker " + i).add("country", "KE"));
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        LocalDateTime start = LocalDateTime.parse("2021-03-01T08:00");
        String[] formats = {"keynote", "fishbowl", "broken"};
        for (int i = 0; i < sessions; i++) {
            LocalDateTime from = start.plusMinutes(10L * (i / 3));
            JsonObjectBuilder s = Json.createObjectBuilder().add("key", "s" + i).add("title", "Session " + i)
                    .add("format", formats[i % 3]).add("track", "t" + (i % 3))
                    .add("start", from.toString()).add("end", from.plusMinutes(10).toString())
                    .add("status", "SCHEDULED")
                    .add("speakers", Json.createArrayBuilder().add("p" + (2 * i)).add("p" + (2 * i + 1)));
            if (i % 3 == 0) {
                s.add("data", Json.createObjectBuilder().add("resources", Json.createArrayBuilder().add(
                        Json.createObjectBuilder().add("kind", "LINK").add("title", "Notes").add("url", "https://example.org/" + i))));
            } else {
                s.add("data", Json.createObjectBuilder().add("kind", "BREAKOUT").add("note", "kept " + i));
            }
            list.add(s);
        }
        return Json.createObjectBuilder().add("plenaryExport", 1)
                .add("conference", Json.createObjectBuilder().add("slug", slug).add("title", "Generated " + slug)
                        .add("timeZone", "Africa/Nairobi").add("firstDay", "2021-03-01").add("lastDay", "2021-03-01")
                        .add("languages", Json.createArrayBuilder().add("en").add("sw"))
                        .add("formats", Json.createArrayBuilder().add("keynote").add("fishbowl").add("broken")))
                .add("days", Json.createArrayBuilder().add(Json.createObjectBuilder().add("date", "2021-03-01").add("theme", "Testing")))
                .add("tracks", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("key", "t0").add("name", "Hall").add("position", 1))
                        .add(Json.createObjectBuilder().add("key", "t1").add("name", "Room A").add("position", 2))
                        .add(Json.createObjectBuilder().add("key", "t2").add("name", "Room B").add("position", 3)))
                .add("organisations", Json.createArrayBuilder())
                .add("people", people)
                .add("sessions", list)
                .build();
    }
}

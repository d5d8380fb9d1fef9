package org.plenary.webapp.it;

import org.plenary.testkit.Folders;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.plenary.testkit.server.Platform;
import org.plenary.testkit.server.PlatformProcess;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded default keeps its data in a folder that survives restarts and loads the MLW 2020 demo on its first
 * start, once: a restart does not duplicate it.
 *
 * <p>Payara Micro runs twice, one after the other, on the same fresh root directory (what {@code run.sh} does with
 * {@code ./data}), with {@code -Dplenary.demo=true -Dplenary.demo.dates=upcoming} and the embedded pre-boot commands
 * both times, as {@code run.sh} starts it: the demo then takes place after the day of its first start, on the same
 * weekdays, and a restart does not move it again.
 */
class RestartIT {

    private static final String DATABASE = "database/plenary.mv.db";
    private static final int DEMO_SESSIONS = 35;
    private static final String DEMO_LOADED = "Demo programme loaded: mlw2020";

    private final HttpClient http = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void theDemoIsLoadedOnTheFirstStartOnlyAndSurvivesARestart() throws Exception {
        Path root = Files.createTempDirectory("plenary-restart-");
        try {
            List<Long> firstIds;
            LocalDate firstDay;
            try (PlatformProcess micro = start(root)) {
                Platform platform = micro.awaitReady();
                firstIds = assertDemoLoadedOnce(platform, "first start");
                firstDay = assertUpcoming(platform, "first start");
                assertEquals(1, demoLoads(platform), "the first start loads the demo");
                assertTrue(Files.isRegularFile(root.resolve(DATABASE)),
                        "the H2 database is in the root directory: " + root.resolve(DATABASE));
            }

            try (PlatformProcess micro = start(root)) {
                Platform platform = micro.awaitReady();
                assertEquals(200, get(platform, "health/ready").statusCode(), "ready after the restart");
                List<Long> secondIds = assertDemoLoadedOnce(platform, "after the restart");
                assertEquals(firstIds, secondIds, "the same sessions, neither loaded again nor lost");
                assertEquals(firstDay, assertUpcoming(platform, "after the restart"), "the dates stay as first loaded");
                // A wiped database loaded again would give the same ids (same sequences): the platform's log tells.
                assertEquals(0, demoLoads(platform), "the restart does not load the demo again");
                assertTrue(Files.isRegularFile(root.resolve(DATABASE)), "the H2 database is still there");
            }
        } finally {
            Folders.deleteTree(root);
        }
    }


    /** How many times this start's log says the demo was loaded (DemoProgramme logs it). */
    private static long demoLoads(Platform platform) throws IOException {
        try (Stream<String> lines = Files.lines(platform.log().orElseThrow(), StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains(DEMO_LOADED)).count();
        }
    }

    private static PlatformProcess start(Path root) throws IOException {
        return PlatformProcess.configured(root).jvmOption("-Dplenary.demo=true").jvmOption("-Dplenary.demo.dates=upcoming").start();
    }

    /** Exactly one conference, mlw2020, with its 35 sessions; returns their ids in programme order. */
    private List<Long> assertDemoLoadedOnce(Platform platform, String when) throws Exception {
        JsonArray conferences = getJson(platform, "api/v1/conferences").asJsonArray();
        assertEquals(List.of("mlw2020"),
                conferences.stream().map(c -> c.asJsonObject().getString("slug")).toList(),
                when + ": one conference, the demo: " + conferences);
        JsonArray sessions = getJson(platform, "api/v1/conferences/mlw2020/sessions").asJsonArray();
        List<Long> ids = sessions.stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(DEMO_SESSIONS, ids.size(), when + ": the demo's sessions, once: " + ids);
        assertEquals(DEMO_SESSIONS, ids.stream().distinct().count(), when + ": no session twice: " + ids);
        return ids;
    }

    /** The demo starts on a Monday after today (UTC), as MLW 2020 did on a Monday, and no session has taken place. */
    private LocalDate assertUpcoming(Platform platform, String when) throws Exception {
        LocalDate firstDay = LocalDate.parse(getJson(platform, "api/v1/conferences/mlw2020").asJsonObject().getString("firstDay"));
        assertTrue(firstDay.isAfter(LocalDate.now(ZoneOffset.UTC)), when + ": the demo is upcoming: " + firstDay);
        assertEquals(DayOfWeek.MONDAY, firstDay.getDayOfWeek(), when);
        List<String> statuses = getJson(platform, "api/v1/conferences/mlw2020/sessions").asJsonArray().stream()
                .map(s -> s.asJsonObject().getString("status")).distinct().toList();
        assertEquals(List.of("SCHEDULED"), statuses, when + ": nothing has taken place yet");
        return firstDay;
    }

    private JsonValue getJson(Platform platform, String path) throws Exception {
        HttpResponse<String> response = get(platform, path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    private HttpResponse<String> get(Platform platform, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.url(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Best effort, so that it never hides the test's own failure. */
}

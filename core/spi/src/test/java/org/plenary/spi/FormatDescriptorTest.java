package org.plenary.spi;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatDescriptorTest {

    @Test
    void conventionsFollowTheId() {
        FormatDescriptor d = FormatDescriptor.of("solution-pitch", "1.0.0", "[1.0,2.0)");
        assertTrue(d.problems().isEmpty());
        assertEquals("fmt_solution_pitch_", d.tablePrefix());
        assertEquals("fmt_solution_pitch_schema_history", d.historyTable());
        assertEquals("db/migration/solution-pitch", d.migrationsLocation());
        assertEquals("formats.solution-pitch.messages", d.messages());
    }

    @Test
    void badDescriptorsListEveryProblem() {
        List<String> problems = new FormatDescriptor("Key Note", "one", "[x", null, "").problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(FormatDescriptor.of("core", "1.0.0", "1.0").problems().get(0).contains("reserved"));
        assertTrue(FormatDescriptor.of("a", "1.0.0", "1.0").dependingOn("a").problems().contains("depends on itself"));
    }
}

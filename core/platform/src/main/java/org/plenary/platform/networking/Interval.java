package org.plenary.platform.networking;

import java.time.Instant;

/** A stretch of time, start included, end excluded. */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an interval ends after it starts");
        }
    }

    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}

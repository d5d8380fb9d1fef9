package org.plenary.platform.networking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The slots of a day, laid on a grid of one length from the opening hour to the closing one, in which nobody of
 * those concerned is busy (a session they starred, a meeting they have), and which have not begun yet.
 */
public final class FreeSlots {

    private FreeSlots() {
    }

    /**
     * @param open  when the day's meeting hours begin (the first slot starts then)
     * @param close when they end (the last slot ends by then)
     * @param busy  what any of those concerned is doing
     * @param now   slots that begin before this are over
     */
    public static List<Instant> between(Instant open, Instant close, Duration length, Collection<Interval> busy, Instant now) {
        List<Instant> free = new ArrayList<>();
        for (Instant start = open; !start.plus(length).isAfter(close); start = start.plus(length)) {
            Interval slot = new Interval(start, start.plus(length));
            if (!start.isBefore(now) && busy.stream().noneMatch(slot::overlaps)) {
                free.add(start);
            }
        }
        return free;
    }
}

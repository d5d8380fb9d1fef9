package org.plenary.spi.event;

import java.time.Instant;

/**
 * A session entered the published programme, or its time changed while published.
 *
 * @since 1.0
 */
public record SessionScheduled(long sessionId, String conferenceSlug, String formatId, Instant start, Instant end) {
}

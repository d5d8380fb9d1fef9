package org.plenary.spi.event;

/**
 * A live session ended.
 *
 * @since 1.0
 */
public record SessionEnded(long sessionId, String conferenceSlug, String formatId) {
}

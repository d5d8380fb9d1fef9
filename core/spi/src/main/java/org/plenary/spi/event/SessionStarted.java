package org.plenary.spi.event;

/**
 * A session went live.
 *
 * @since 1.0
 */
public record SessionStarted(long sessionId, String conferenceSlug, String formatId) {
}

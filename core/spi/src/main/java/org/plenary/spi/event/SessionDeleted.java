package org.plenary.spi.event;

/**
 * A session is being deleted. Fired after the format's {@code FormatData.deleteSession} was called and before
 * the core's row goes; the id is no longer valid once the transaction commits.
 *
 * @since 1.0
 */
public record SessionDeleted(long sessionId, String conferenceSlug, String formatId) {
}

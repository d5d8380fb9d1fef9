package org.plenary.spi.event;

/**
 * A person registered for a conference.
 *
 * @since 1.0
 */
public record ParticipantRegistered(long personId, String conferenceSlug) {
}

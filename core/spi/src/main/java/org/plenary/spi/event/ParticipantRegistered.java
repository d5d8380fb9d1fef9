package org.plenary.spi.event;

/**
 * A person registered for a conference: fired when their registration is confirmed (at once for a signed-in
 * participant, else when they follow the link mailed to them), in that transaction.
 *
 * @param personId       the id of the participant's account
 * @param conferenceSlug the conference's slug
 * @since 1.0
 */
public record ParticipantRegistered(long personId, String conferenceSlug) {
}

package org.plenary.platform.programme;

/**
 * Why a session clashes with another: a speaker expected in both at once, or two sessions in one track at once (for
 * organisers); or, in one person's agenda, two sessions at once. A warning, not a refusal: a keynote may be streamed
 * into a track that runs something else, and a participant may leave one session for another.
 *
 * @param kind   which clash
 * @param other  the session it clashes with
 * @param person the speaker in both, for {@link Kind#SPEAKER_TWICE}; else null
 */
public record Conflict(Kind kind, Session other, String person) {

    public enum Kind {
        /** A speaker speaks in both sessions, which overlap. */
        SPEAKER_TWICE,
        /** Both sessions are in the same track and overlap. */
        TRACK_OVERLAP,
        /** Both sessions overlap: one person cannot attend both (see {@link Conflicts#forAttendee}). */
        AT_ONCE
    }
}

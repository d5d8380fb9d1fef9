package org.plenary.spi;

/**
 * Core capabilities a format can switch on for its sessions (see {@link SessionFormat#liveFeatures()}).
 *
 * @since 1.0
 */
public enum LiveFeature {
    /** A live-stream link while live, the recording afterwards. */
    STREAM,
    /**
     * Participants' questions with votes and moderation, run by the core for every session of the format: the core's
     * session page shows the Q&amp;A after the format's own view (signed-in participants ask, with their name or
     * not, and vote once per question; the list is sorted by votes and kept live), the console has a moderator's view
     * of each session ({@code /console/moderate.xhtml}: approve, hide, mark answered, pin the current question, open
     * or close), and the questions are kept with the session and travel in its export. The format writes nothing for
     * it: declaring it in {@link SessionFormat#liveFeatures()} is all.
     */
    QUESTIONS,
    /** Live polls. */
    POLLS,
    /** Enrolment with capacity and a waiting list. */
    ENROLMENT
}

package org.plenary.spi;

/**
 * Core capabilities a format can switch on for its sessions (see {@link SessionFormat#liveFeatures()}).
 *
 * @since 1.0
 */
public enum LiveFeature {
    /** A live-stream link while live, the recording afterwards. */
    STREAM,
    /** Participants' questions with votes and moderation. */
    QUESTIONS,
    /** Live polls. */
    POLLS,
    /** Enrolment with capacity and a waiting list. */
    ENROLMENT
}

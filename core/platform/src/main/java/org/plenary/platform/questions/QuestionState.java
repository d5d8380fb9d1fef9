package org.plenary.platform.questions;

/** Where a question stands with the session's moderators. */
public enum QuestionState {
    /** Asked, not yet seen by a moderator: only its asker and the moderators see it. */
    PENDING,
    /** Shown to every participant of the session, who may vote for it. */
    APPROVED,
    /** Taken off the list by a moderator: only the moderators see it. */
    HIDDEN
}

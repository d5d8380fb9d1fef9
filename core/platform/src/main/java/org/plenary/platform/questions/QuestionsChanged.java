package org.plenary.platform.questions;

/**
 * Fired in the transaction that changed a session's questions or its Q&A state; once it commits, the change is
 * relayed to every instance ({@link LiveQuestions}) and reaches the session's viewers with the next push.
 *
 * @param sessionId the session whose Q&A changed
 */
public record QuestionsChanged(long sessionId) {
}

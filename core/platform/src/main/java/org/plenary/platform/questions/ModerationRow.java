package org.plenary.platform.questions;

import java.io.Serializable;

/** A question as the moderator's page lists it, kept between the page's requests. */
public record ModerationRow(long id, String text, String name, QuestionState state, boolean answered, boolean pinned,
                            int votes, String askedAt) implements Serializable {

    public boolean isApproved() {
        return state == QuestionState.APPROVED;
    }
}

package org.plenary.platform.questions;

import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;

import java.util.List;

/** A question or vote refused, with why (for a page's notice or an API's status) and the message in the caller's language. */
public class QuestionRefused extends Refused {

    /** Why. */
    public enum Reason {
        /** The question is blank or too long. */
        INVALID,
        /** The session's Q&A is closed. */
        CLOSED,
        /** The account asked or voted too much in the last minute. */
        TOO_MANY
    }

    private final Reason reason;

    QuestionRefused(Reason reason, List<Problem> problems) {
        super(problems);
        this.reason = reason;
    }

    QuestionRefused(Reason reason, String message) {
        this(reason, List.of(new Problem("", message)));
    }

    public Reason reason() {
        return reason;
    }
}

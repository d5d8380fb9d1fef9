package org.plenary.platform.accounts;

/**
 * Why a password is refused. Each has a message key in {@code org.plenary.platform.web.messages} (for pages) and
 * plain English (for the log and exceptions).
 */
public enum PasswordProblem {

    TOO_SHORT("password.tooShort", "it must be at least " + PasswordRules.MIN_LENGTH + " characters long"),
    TOO_LONG("password.tooLong", "it must be at most " + PasswordRules.MAX_LENGTH + " characters long"),
    COMMON("password.common", "it is too common: it is among the passwords attackers try first"),
    SAME_AS_EMAIL("password.sameAsEmail", "it must not be your e-mail address");

    private final String messageKey;
    private final String english;

    PasswordProblem(String messageKey, String english) {
        this.messageKey = messageKey;
        this.english = english;
    }

    /** Key of the user's message in the platform's bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** The message in English, for the log. */
    public String english() {
        return english;
    }
}

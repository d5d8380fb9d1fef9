package org.plenary.platform.accounts;

import java.util.ArrayList;
import java.util.List;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters (counted as a person counts them, so an accented
 * letter or an emoji is one), at most {@value #MAX_LENGTH}, not a {@linkplain CommonPasswords common password}, and
 * not the account's own e-mail address. No rules on character classes: length and rarity are what make a password
 * hard to guess (NIST SP 800-63B).
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private final CommonPasswords common;

    public PasswordRules(CommonPasswords common) {
        this.common = common;
    }

    /** The rules with the shipped list of common passwords. */
    public static PasswordRules standard() {
        return new PasswordRules(CommonPasswords.shipped());
    }

    /**
     * Every rule the password breaks, in the order a user would fix them; empty when it is acceptable.
     *
     * @param password the candidate; {@code null} counts as empty
     * @param email    the account's e-mail address, or {@code null} when not known yet
     */
    public List<PasswordProblem> problems(String password, String email) {
        String p = password == null ? "" : password;
        List<PasswordProblem> problems = new ArrayList<>();
        int length = p.codePointCount(0, p.length());
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        } else if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (email != null && !email.isBlank() && p.strip().equalsIgnoreCase(email.strip())) {
            problems.add(PasswordProblem.SAME_AS_EMAIL);
        } else if (!p.isEmpty() && common.isCommon(p)) {
            problems.add(PasswordProblem.COMMON);
        }
        return problems;
    }

    /** Whether the password keeps every rule. */
    public boolean accepts(String password, String email) {
        return problems(password, email).isEmpty();
    }
}

package org.plenary.platform.accounts;

import java.security.SecureRandom;

/**
 * A password the platform chooses for an account (the first administrator, an account an administrator creates):
 * 20 random letters and digits without look-alikes (no l, o, I, O, 0, 1), shown once, to be changed by its owner.
 */
public final class OneTimePassword {

    static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePassword() {
    }

    /** A new password that the password rules accept. */
    public static String generate() {
        PasswordRules rules = PasswordRules.standard();
        while (true) {
            StringBuilder password = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (rules.accepts(password.toString(), null)) {
                return password.toString();
            }
        }
    }
}

package org.plenary.platform.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes and verifies passwords with Jakarta Security's own {@link Pbkdf2PasswordHash}: PBKDF2 with HMAC-SHA-512,
 * 210,000 iterations (OWASP's recommendation), a 32-byte random salt. Each hash carries its algorithm, iterations
 * and salt, so hashes made with other settings still verify after these change.
 */
@ApplicationScoped
public class PasswordHashes {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash verified when nobody has the e-mail given, so that a miss costs as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate("decoy password that no account has".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of one verification, for a sign-in whose account does not exist. */
    void verifyDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}

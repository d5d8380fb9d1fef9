package org.plenary.platform.accounts;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aUseIsWrittenAtMostOnceAMinute() {
        ApiToken token = new ApiToken(null, "script", ApiTokens.hash("plt_x"), T0);
        assertNull(token.getLastUsedAt());
        assertTrue(token.usedAt(T0.plusSeconds(5)));
        assertFalse(token.usedAt(T0.plusSeconds(64)), "59 s after the last noted use");
        assertEquals(T0.plusSeconds(5), token.getLastUsedAt());
        assertTrue(token.usedAt(T0.plusSeconds(65)));
        assertEquals(T0.plusSeconds(65), token.getLastUsedAt());
    }

    @Test
    void aRevocationKeepsItsFirstDate() {
        ApiToken token = new ApiToken(null, "script", ApiTokens.hash("plt_x"), T0);
        assertFalse(token.isRevoked());
        token.revokeAt(T0.plusSeconds(10));
        token.revokeAt(T0.plusSeconds(20));
        assertTrue(token.isRevoked());
        assertEquals(T0.plusSeconds(10), token.getRevokedAt());
    }

    @Test
    void onlyTheHexSha256OfTheSecretIsKept() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ApiTokens.hash(""));
        assertEquals(64, ApiTokens.hash("plt_" + "a".repeat(43)).length());
    }
}

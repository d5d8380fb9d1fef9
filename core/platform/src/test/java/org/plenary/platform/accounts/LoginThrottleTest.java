package org.plenary.platform.accounts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(5, 50, Duration.ofMinutes(15));

    @Test
    void fourFailuresForAnAccountLeaveItOpen() {
        assertTrue(throttle.allows(0, 0));
        assertTrue(throttle.allows(4, 0));
    }

    @Test
    void theFifthFailureForAnAccountThrottlesIt() {
        assertFalse(throttle.allows(5, 0));
        assertFalse(throttle.allows(12, 0));
    }

    @Test
    void oneClientAddressIsThrottledAfterItsOwnLimitWhateverTheAccounts() {
        assertTrue(throttle.allows(0, 49), "failures spread over many accounts from one address");
        assertFalse(throttle.allows(0, 50));
    }

    @Test
    void failuresCountOnlyWithinTheWindow() {
        Instant now = Instant.parse("2025-03-01T10:00:00Z");
        assertEquals(Instant.parse("2025-03-01T09:45:00Z"), throttle.countsFrom(now));
    }

    @Test
    void theStandardThrottleIsFivePerAccountFiftyPerAddressIn15Minutes() {
        assertEquals(new LoginThrottle(5, 50, Duration.ofMinutes(15)), LoginThrottle.STANDARD);
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, 50, Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, 0, Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, 50, Duration.ZERO));
    }
}

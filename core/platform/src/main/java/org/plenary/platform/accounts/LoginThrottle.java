package org.plenary.platform.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * When sign-in attempts stop being heard: after {@code perAccount} failures for one e-mail address, or
 * {@code perAddress} failures from one client address, within the last {@code window}. While throttled, even the
 * right password is refused, with the same message whether the account exists or not. The failures are counted in
 * the database ({@link LoginFailures}), so every instance of the platform sees the same ones.
 *
 * @param perAccount failures for one e-mail address that throttle it
 * @param perAddress failures from one client address that throttle it (higher: many people may share an address)
 * @param window     how far back failures count; throttling lifts by itself once the oldest counted one is older
 */
public record LoginThrottle(int perAccount, int perAddress, Duration window) {

    /** 5 per account and 50 per address in 15 minutes. */
    public static final LoginThrottle STANDARD = new LoginThrottle(5, 50, Duration.ofMinutes(15));

    public LoginThrottle {
        if (perAccount < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + perAccount + ", " + perAddress + ", " + window);
        }
    }

    /** The oldest failure that still counts at {@code now}. */
    public Instant countsFrom(Instant now) {
        return now.minus(window);
    }

    /**
     * Whether an attempt may be checked, given the failures counted since {@link #countsFrom(Instant)}.
     *
     * @param accountFailures recent failures for the e-mail address tried (whether an account has it or not)
     * @param addressFailures recent failures from the client's address
     */
    public boolean allows(long accountFailures, long addressFailures) {
        return accountFailures < perAccount && addressFailures < perAddress;
    }
}

package org.plenary.platform.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.plenary.platform.access.Caller;
import org.plenary.platform.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;

/**
 * A signed-in caller changing their own password: the current one first (a wrong one counts as a failed sign-in,
 * so the throttle of {@link SignIn} guards this door too), then the {@link PasswordRules} for the new one. A
 * one-time password stops being one; the change is audited as {@value #AUDIT_ACTION}.
 */
@ApplicationScoped
public class PasswordChange {

    public static final String AUDIT_ACTION = "account.password";

    /** What became of a change. */
    public enum Outcome {
        CHANGED,
        /** The current password given is not the account's: nothing changed. */
        WRONG_CURRENT,
        /** Too many recent failures for this account or address: not even checked. */
        THROTTLED
    }

    @Inject
    Accounts accounts;

    @Inject
    SignIn signIn;

    @Inject
    LoginFailures failures;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Changes the caller's password.
     *
     * @param address the client's address, counted by the throttle
     * @throws InvalidPassword when the new password breaks the rules (checked only once the current one is right)
     * @throws IllegalStateException when the caller is anonymous
     */
    @Transactional
    public Outcome change(Caller who, String current, String next, String address) {
        if (!who.isSignedIn()) {
            throw new IllegalStateException("nobody is signed in");
        }
        Instant now = clock.instant();
        if (signIn.isThrottled(who.email(), address, now)) {
            return Outcome.THROTTLED;
        }
        if (accounts.verified(who.email(), current == null ? "" : current).isEmpty()) {
            failures.record(who.email(), address, now);
            return Outcome.WRONG_CURRENT;
        }
        accounts.changePassword(who.email(), next);
        audit.record(who, null, AUDIT_ACTION, who.email(), null);
        return Outcome.CHANGED;
    }
}

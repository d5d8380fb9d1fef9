package org.plenary.platform.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signing in and out, the one way in: the {@link LoginThrottle} first, then a new session id, then Jakarta
 * Security's form mechanism ({@link FormSignIn}) with the {@link AccountIdentityStore}. Failures are recorded for the
 * throttle; a success forgets those of its e-mail address.
 *
 * <p>Every refusal (unknown e-mail, wrong password, disabled account) is one {@link Outcome#REFUSED}, and a throttled
 * e-mail address is throttled whether an account has it or not, so no answer tells whether an account exists.
 */
@ApplicationScoped
public class SignIn {

    /** What became of an attempt. */
    public enum Outcome {
        /** Signed in; the caller chooses where to go. */
        SIGNED_IN,
        /** Wrong e-mail or password, or a disabled account: the same answer for all three. */
        REFUSED,
        /** Too many recent failures for this e-mail address or from this client address: not even checked. */
        THROTTLED
    }

    @Inject
    SecurityContext security;

    @Inject
    LoginFailures failures;

    @Inject
    @ConfigProperty(name = "plenary.login.failuresPerAccount", defaultValue = "5")
    int perAccount;

    @Inject
    @ConfigProperty(name = "plenary.login.failuresPerAddress", defaultValue = "50")
    int perAddress;

    @Inject
    @ConfigProperty(name = "plenary.login.throttleMinutes", defaultValue = "15")
    int throttleMinutes;

    private final Clock clock = Clock.systemUTC();

    /** The throttle in force (MicroProfile Config: {@code plenary.login.failuresPerAccount}, {@code …PerAddress}, {@code plenary.login.throttleMinutes}). */
    public LoginThrottle throttle() {
        return new LoginThrottle(perAccount, perAddress, Duration.ofMinutes(throttleMinutes));
    }

    public Outcome attempt(String email, String password, HttpServletRequest request, HttpServletResponse response) {
        Instant now = clock.instant();
        String address = request.getRemoteAddr();
        if (isThrottled(email, address, now)) {
            return Outcome.THROTTLED;
        }
        // A new id before the session holds the caller: an id planted before sign-in (fixation) is worth nothing.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email, password == null ? "" : password))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS:
                failures.forgetAccount(email);
                return Outcome.SIGNED_IN;
            default:
                failures.record(email, address, now);
                return Outcome.REFUSED;
        }
    }

    /** Whether attempts for this e-mail address or from this client address are throttled at {@code now}. */
    public boolean isThrottled(String email, String address, Instant now) {
        LoginThrottle throttle = throttle();
        Instant from = throttle.countsFrom(now);
        return !throttle.allows(failures.forAccountSince(email, from), failures.fromAddressSince(address, from));
    }

    /** Signs the caller out and ends the session, whatever it held. */
    public void signOut(HttpServletRequest request) {
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session is invalidated below all the same
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}

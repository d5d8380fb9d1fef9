package org.plenary.platform.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Turns on Jakarta Security's custom form mechanism for the whole application: a protected page sends an anonymous
 * visitor to {@code /login.xhtml} (by redirect), whose page bean signs in through {@link SignIn}; once signed in the
 * visitor goes back to the page first asked for. The caller is kept in the HTTP session. No error page: the sign-in
 * page shows its own message.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = FormSignIn.LOGIN_PAGE, errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class FormSignIn {

    /** The sign-in page, relative to the application's root. */
    public static final String LOGIN_PAGE = "/login.xhtml";
}

package org.plenary.platform.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.accounts.FormSignIn;
import org.plenary.platform.accounts.Role;
import org.plenary.platform.accounts.SignIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * The console's first page ({@code /console/index.xhtml}): who is signed in, with which roles, and signing out.
 * Only callers in the ADMIN or ORGANISER group reach it (web.xml).
 */
@Named("consoleHome")
@RequestScoped
public class ConsoleHome {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    SignIn signIn;

    private Optional<Account> account;

    /** The signed-in account, if any. */
    public Account getAccount() {
        if (account == null) {
            account = security.getCallerPrincipal() == null ? Optional.empty()
                    : accounts.byEmail(security.getCallerPrincipal().getName());
        }
        return account.orElse(null);
    }

    /** The roles the signed-in account holds anywhere. */
    public Set<Role> getRoles() {
        Account a = getAccount();
        return a == null ? Set.of() : accounts.rolesOf(a.getEmail());
    }

    /** Ends the session and goes back to the sign-in page. */
    public void signOut() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        signIn.signOut((HttpServletRequest) ext.getRequest());
        try {
            ext.redirect(ext.getRequestContextPath() + FormSignIn.LOGIN_PAGE + "?signedOut=true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

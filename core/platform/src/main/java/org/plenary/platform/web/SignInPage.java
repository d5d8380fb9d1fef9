package org.plenary.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.PasswordRules;
import org.plenary.platform.accounts.SignIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;

/**
 * The sign-in page ({@code /login.xhtml}): e-mail and password, one message for every refusal so that nobody learns
 * whether an account exists, another when attempts are throttled. Once signed in, the visitor goes to the page
 * named by {@code return} (a path of this site: a protected page asked for while signed out sends the visitor here
 * with it, see {@code FormSignIn}, and the registration page links here with it), else to the page they came from (its Referer, when it is of this site); else
 * administrators and organisers go to the console, an account with a one-time password to the page that changes it,
 * and everyone else to the home of the conference they last registered to, or the list of conferences.
 */
@Named("signInPage")
@RequestScoped
public class SignInPage {

    static final String AFTER_SIGN_IN = "/console/index.xhtml";
    /** Where someone signed in with a one-time password goes when the console is not theirs. */
    static final String CHANGE_PASSWORD = "/console/password.xhtml";

    @Inject
    SignIn signIn;

    @Inject
    org.plenary.platform.accounts.Accounts accounts;

    /** A path of this site, with its query: no scheme, no host, nothing that a browser reads as another site. */
    private static final java.util.regex.Pattern LOCAL_PATH =
            java.util.regex.Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*");

    private String returnTo;

    @NotBlank
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = PasswordRules.MAX_LENGTH * 2)
    private String password;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        SignIn.Outcome outcome = signIn.attempt(email, password,
                (HttpServletRequest) ext.getRequest(), (HttpServletResponse) ext.getResponse());
        password = null;
        switch (outcome) {
            case SIGNED_IN -> {
                try {
                    ext.redirect(ext.getRequestContextPath() + destination());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case REFUSED -> refuse(faces, "signin.refused");
            case THROTTLED -> refuse(faces, "signin.throttled");
        }
    }

    /** Where a visitor goes once signed in. */
    String destination() {
        String back = safe(returnTo);
        if (back != null) {
            return back;
        }
        java.util.Set<org.plenary.platform.accounts.Role> roles = accounts.rolesOf(email);
        if (roles.contains(org.plenary.platform.accounts.Role.ADMIN) || roles.contains(org.plenary.platform.accounts.Role.ORGANISER)) {
            return AFTER_SIGN_IN;
        }
        Account account = accounts.byEmail(email).orElse(null);
        if (account != null && account.isMustChangePassword()) {
            return CHANGE_PASSWORD;
        }
        return account == null ? "/" : registrationsOf(account).stream().findFirst()
                .map(slug -> "/conference.xhtml?c=" + slug).orElse("/");
    }

    private java.util.List<String> registrationsOf(Account account) {
        return registrations.ofAccount(account).stream().map(r -> r.getConference().getSlug()).toList();
    }

    @Inject
    org.plenary.platform.registration.Registrations registrations;

    /** The path if it is one of this site's, else null. */
    static String safe(String path) {
        if (path == null || path.length() > 2000 || !LOCAL_PATH.matcher(path).matches() || path.startsWith("/login.xhtml")) {
            return null;
        }
        return path;
    }

    /** Where to go back to: {@code return} when given, else the page of this site the visitor came from. */
    public String getReturnTo() {
        if (returnTo == null) {
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            returnTo = safe(ext.getRequestParameterMap().get("return"));
            if (returnTo == null) {
                returnTo = fromReferer(ext);
            }
        }
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = safe(returnTo);
    }

    private static String fromReferer(ExternalContext ext) {
        String referer = ext.getRequestHeaderMap().get("Referer");
        if (referer == null) {
            return null;
        }
        try {
            java.net.URI from = java.net.URI.create(referer);
            HttpServletRequest request = (HttpServletRequest) ext.getRequest();
            String context = ext.getRequestContextPath();
            if (!request.getServerName().equalsIgnoreCase(from.getHost()) || from.getRawPath() == null
                    || !from.getRawPath().startsWith(context + "/")) {
                return null;
            }
            String path = from.getRawPath().substring(context.length());
            return safe(from.getRawQuery() == null ? path : path + "?" + from.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void refuse(FacesContext faces, String key) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString(key), null));
        faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}

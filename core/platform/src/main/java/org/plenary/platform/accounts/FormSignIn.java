package org.plenary.platform.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The application's one authentication mechanism: sign-in by form, the caller then kept in the HTTP session
 * ({@link AutoApplySession}).
 * <ul>
 *   <li>A protected page asked for by an anonymous visitor redirects to {@link #LOGIN_PAGE} with the page in its
 *       {@code return} parameter ({@link #loginPageFor}), so the sign-in page sends them back there: the address
 *       travels with the visitor, and nothing is kept on the server before sign-in.</li>
 *   <li>{@link SignIn} hands the e-mail and password over through {@code SecurityContext.authenticate}; they are
 *       checked by the identity stores ({@link AccountIdentityStore}).</li>
 * </ul>
 * Jakarta Security's built-in form mechanism kept the first address in the session but answered {@code SUCCESS}
 * rather than sending the visitor back to it, so sign-in always went to the default page.
 */
@AutoApplySession
@ApplicationScoped
public class FormSignIn implements HttpAuthenticationMechanism {

    /** The sign-in page, relative to the application's root. */
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + loginPageFor(request));
        }
        return context.doNothing();
    }

    /** The sign-in page that leads back to the page the request asked for (its path within the application and query). */
    static String loginPageFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return loginPageReturningTo(query == null ? path : path + "?" + query);
    }

    /**
     * The sign-in page that leads to {@code path} (within the application, from its root: {@code /agenda.xhtml?c=…})
     * once signed in; the sign-in page goes there only if it is a path of this site.
     */
    public static String loginPageReturningTo(String path) {
        return LOGIN_PAGE + "?return=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}

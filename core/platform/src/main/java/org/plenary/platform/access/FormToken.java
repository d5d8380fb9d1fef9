package org.plenary.platform.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.plenary.platform.accounts.FormSignIn;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The secret a signed-in visitor's plain HTML forms (those Faces does not make, such as the star buttons of the
 * stateless participant pages) send back, so that another site cannot make their browser post them: a random value
 * kept in the HTTP session, written into each form as {@code <input type="hidden" name="token" value="#{formToken.value}"/>}
 * and checked by the servlet that receives the form with {@link #matches}. Never creates a session.
 */
@Named
@RequestScoped
public class FormToken {

    /** The form field that carries it. */
    public static final String FIELD = "token";

    private static final String ATTRIBUTE = FormToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    /** The token of this visitor's session, made on first use; empty when there is no session (a signed-out visitor). */
    public String getValue() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "";
        }
        synchronized (this) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token instanceof String s) {
                return s;
            }
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, made);
            return made;
        }
    }

    /**
     * Whether a plain form's post may go on, as the servlets that receive them ask first: the caller is signed in
     * (else they are sent to sign in, then to {@code returnTo}) and the form sent back this session's token (else 403).
     *
     * @param returnTo the page to come back to once signed in (from the application's root: {@code /session.xhtml?id=…}),
     *                 or null for the sign-in page's own choice
     */
    public boolean admits(Caller who, String returnTo, HttpServletResponse response) throws IOException {
        if (!who.isSignedIn()) {
            response.sendRedirect(request.getContextPath()
                    + (returnTo == null ? FormSignIn.LOGIN_PAGE : FormSignIn.loginPageReturningTo(returnTo)));
            return false;
        }
        if (!matches(request.getParameter(FIELD))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    /** Whether a form sent back this session's token. */
    public boolean matches(String sent) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        return token instanceof String s && sent != null
                && MessageDigest.isEqual(s.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}

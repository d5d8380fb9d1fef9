package org.plenary.platform.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.ApiTokens;
import org.plenary.platform.validation.Texts;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who calls the API. {@code Authorization: Bearer <token>} names the caller through {@link ApiTokens#verify}; a
 * token that is unknown, revoked or of a disabled account (or any other kind of Authorization) is answered 401 with
 * {@code WWW-Authenticate: Bearer}, whatever the method. Without the header, the caller signed in to the console
 * (its session cookie) is the caller. Reading stays open to anyone; a write (POST, PUT, PATCH, DELETE) needs a
 * caller: 401 without one. A write on a session cookie must come from the platform's own pages: one whose
 * {@code Origin} names another site is refused (403), so that no other site can write in a signed-in visitor's
 * name (the cookie is SameSite=Lax besides).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BearerAuthentication implements ContainerRequestFilter {

    static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, "PATCH", HttpMethod.DELETE);
    static final String CHALLENGE = "Bearer realm=\"plenary\"";
    private static final String SCHEME = "bearer ";

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentCaller caller;

    @Inject
    Texts texts;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            Optional<Account> account = secret(authorization).flatMap(tokens::verify);
            if (account.isEmpty()) {
                request.abortWith(unauthorized("error=\"invalid_token\"", texts.text("badToken")));
                return;
            }
            caller.authenticatedAs(account.get());
            if (!caller.get().isSignedIn()) {
                request.abortWith(unauthorized("error=\"invalid_token\"", texts.text("badToken")));
            }
            return;
        }
        if (!WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        if (!caller.get().isSignedIn()) {
            request.abortWith(unauthorized(null, texts.text("signInFirst")));
        } else if (!sameOrigin(request)) {
            request.abortWith(Response.status(403).type(MediaType.APPLICATION_JSON)
                    .entity(new ErrorJson.Body(403, texts.text("otherOrigin"))).build());
        }
    }

    static Optional<String> secret(String authorization) {
        String a = authorization.strip();
        if (a.length() <= SCHEME.length() || !a.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        return Optional.of(a.substring(SCHEME.length()).strip());
    }

    /** Whether the request's Origin, if it has one, is the API's own scheme, host and port. */
    private static boolean sameOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI o = URI.create(origin.strip());
            URI self = request.getUriInfo().getBaseUri();
            return self.getScheme().equalsIgnoreCase(o.getScheme()) && self.getHost().equalsIgnoreCase(o.getHost())
                    && port(self) == port(o);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Response unauthorized(String error, String message) {
        return Response.status(401).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.WWW_AUTHENTICATE, error == null ? CHALLENGE : CHALLENGE + ", " + error)
                .entity(new ErrorJson.Body(401, message)).build();
    }
}

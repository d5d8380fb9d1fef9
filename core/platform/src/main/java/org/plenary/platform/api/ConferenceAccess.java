package org.plenary.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;

/**
 * The caller of an API request that needs one, and the conference its URL names once the caller may do the action
 * there, as the console decides it ({@link Conferences#openFor}): a conference where the caller holds no role of the
 * console is {@link org.plenary.platform.access.NotFound} (404), published or not, so that the API tells nothing of
 * others' conferences; one where the caller holds a role, but not one for this action, is
 * {@link org.plenary.platform.access.NotAllowed} (403). An anonymous caller is asked to authenticate (401).
 */
@RequestScoped
public class ConferenceAccess {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Conferences conferences;

    /** The caller, signed in or named by a token. */
    public Caller caller() {
        Caller who = currentCaller.get();
        if (!who.isSignedIn()) {
            throw new NotAuthorizedException("sign in first", BearerAuthentication.CHALLENGE);
        }
        return who;
    }

    public Conference require(String slug, Action action) {
        return conferences.openFor(caller(), slug, action);
    }
}

package org.plenary.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;

/**
 * The conference a write of the API names in its URL, once the caller may do the action there. A conference that
 * is neither published nor one where the caller holds a role is {@link NotFound}, as if it did not exist; one the
 * caller may see but not change is {@link NotAllowed}. An anonymous caller is asked to authenticate (401).
 */
@RequestScoped
public class ConferenceAccess {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Conferences conferences;

    public Caller caller() {
        return currentCaller.get();
    }

    public Conference require(String slug, Action action) {
        Caller who = caller();
        if (!who.isSignedIn()) {
            throw new NotAuthorizedException("sign in first", BearerAuthentication.CHALLENGE);
        }
        Conference c = conferences.bySlug(slug).orElseThrow(() -> new NotFound("no conference '" + slug + "'"));
        if (who.may(action, c.getId())) {
            return c;
        }
        if (c.isPublished() || who.rolesByConference().containsKey(c.getId())) {
            throw new NotAllowed("may not " + action + " in " + slug);
        }
        throw new NotFound("no conference '" + slug + "'");
    }
}

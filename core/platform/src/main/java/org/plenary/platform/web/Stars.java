package org.plenary.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.agenda.Agenda;

import java.util.Set;

/**
 * The star buttons of participant pages ({@code WEB-INF/includes/star.xhtml}): whether the viewer is signed in, which
 * sessions they starred, and the page the button's form comes back to.
 */
@Named
@RequestScoped
public class Stars {

    @Inject
    CurrentCaller caller;

    @Inject
    Agenda agenda;

    @Inject
    HttpServletRequest request;

    private Set<Long> starred;

    public boolean isSignedIn() {
        return caller.get().isSignedIn();
    }

    public boolean isStarred(long sessionId) {
        if (starred == null) {
            starred = agenda.starredIds(caller.get());
        }
        return starred.contains(sessionId);
    }

    /** This page's address relative to the application's root ("programme.xhtml?c=mlw2020&day=…"). */
    public String getBack() {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        path = path.startsWith("/") ? path.substring(1) : path;
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}

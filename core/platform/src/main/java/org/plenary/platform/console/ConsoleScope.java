package org.plenary.platform.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;

import java.util.List;

/**
 * The conference a console page works on, named by the request parameter {@code c} (its slug), and what the caller
 * may do there. The menu and every console page bean go through it: {@link #require} loads the conference and
 * checks the caller's role in that very conference, on every request.
 */
@Named("consoleScope")
@RequestScoped
public class ConsoleScope {

    /** The request parameter that names the conference. */
    public static final String PARAM = "c";
    private static final String VIEW_KEY = "plenary.console.conference";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Conferences conferences;

    private Conference conference;
    private boolean looked;

    public Caller getCaller() {
        return currentCaller.get();
    }

    /** The conference named by {@code c}, if any and if the caller may open it in the console; else null. */
    public Conference getConference() {
        if (!looked) {
            looked = true;
            FacesContext faces = FacesContext.getCurrentInstance();
            String slug = faces.getExternalContext().getRequestParameterMap().get(PARAM);
            // A postback carries no query string: the view remembers the conference it was opened for.
            var viewMap = faces.getViewRoot() == null ? null : faces.getViewRoot().getViewMap(true);
            if (slug == null && viewMap != null) {
                slug = (String) viewMap.get(VIEW_KEY);
            } else if (slug != null && viewMap != null) {
                viewMap.put(VIEW_KEY, slug);
            }
            conference = conferences.bySlug(slug).filter(this::mayOpen).orElse(null);
        }
        return conference;
    }

    /**
     * The conference with this slug, once the caller may do the action there.
     *
     * @throws NotFound                                     when there is no such conference, or the caller has no
     *                                                      role there at all (so ids of others' conferences tell nothing)
     * @throws org.plenary.platform.access.NotAllowed when the caller has a role there, but not this one
     */
    public Conference require(String slug, Action action) {
        return conferences.openFor(getCaller(), slug, action);
    }

    /** Whether the caller may do this in the current conference (for the menu and buttons). */
    public boolean may(String action) {
        Conference c = getConference();
        return c != null && getCaller().may(Action.valueOf(action), c.getId());
    }

    /** Whether the caller may do this platform-wide. */
    public boolean mayOnPlatform(String action) {
        return getCaller().may(Action.valueOf(action));
    }

    /** The conferences the caller may open, newest first. */
    public List<Conference> getOpenable() {
        return conferences.all().stream().filter(this::mayOpen).toList();
    }

    private boolean mayOpen(Conference c) {
        Caller caller = getCaller();
        return caller.admin() || caller.consoleConferences().contains(c.getId());
    }
}

package org.plenary.platform.networking;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.registration.Registration;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.web.ViewerZone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the networking pages share: the conference of {@code c} (a request parameter, also posted back by each form),
 * the caller's registration to it, the zone and language they read, and a line saying what became of an action.
 * The pages are plain forms that work without JavaScript.
 */
abstract class NetworkingPage {

    @Inject
    Networking networking;

    @Inject
    CurrentCaller caller;

    @Inject
    ViewerZone viewerZone;

    private Conference conference;
    private Optional<Registration> me;
    private String outcome;
    private List<Problem> problems = List.of();

    protected String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    protected long idParam(String name) {
        try {
            return Long.parseLong(param(name));
        } catch (NumberFormatException | NullPointerException e) {
            throw new org.plenary.platform.access.NotFound("no " + name);
        }
    }

    public Conference getConference() {
        if (conference == null) {
            conference = networking.conference(param("c"));
        }
        return conference;
    }

    /** The caller's registration, or null when they hold none (the page then invites them to register). */
    public Registration getMe() {
        if (me == null) {
            me = networking.me(caller.get(), getConference());
        }
        return me.orElse(null);
    }

    /** The viewer's zone (ViewerZone's rule), falling back to the zone given at registration. */
    public ZoneId getZone() {
        Registration r = getMe();
        return viewerZone.zoneOr(r == null ? getConference().zone() : r.getZone());
    }

    /** A time as the viewer reads it: "Mon 12 Oct 2020, 11:30". */
    public String time(Instant instant) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        var at = instant.atZone(getZone());
        return at.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)) + ", "
                + at.format(DateTimeFormatter.ofPattern("HH:mm", locale));
    }

    protected void done(String outcomeKey) {
        outcome = outcomeKey;
    }

    protected void refused(Refused e) {
        problems = e.problems();
    }

    /** The key of what the last action did, for the page's notice; null when nothing was done. */
    public String getOutcome() {
        return outcome != null ? outcome : param("done");
    }

    public String getProblems() {
        return problems.stream().map(Problem::message).collect(Collectors.joining(" "));
    }

    protected void redirect(String path) {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ext.redirect(ext.getRequestContextPath() + "/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}

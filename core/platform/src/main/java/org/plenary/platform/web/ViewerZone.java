package org.plenary.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone the viewer reads times in: the {@code tz} request parameter when given (and then remembered in a
 * cookie), else the remembered one, else the conference's own.
 */
@Named
@RequestScoped
public class ViewerZone {

    static final String COOKIE = "plenary_tz";
    static final String PARAM = "tz";

    @Inject
    TimeZones zones;

    private Optional<ZoneId> chosen;

    /** The viewer's zone, falling back to the given one (the conference's). */
    public ZoneId zoneOr(ZoneId fallback) {
        return chosen().orElse(fallback);
    }

    /** The id to preselect in the zone picker. */
    public String idOr(ZoneId fallback) {
        return zoneOr(fallback).getId();
    }

    /** "UTC+03:00" for a zone at a given moment. */
    public static String offset(ZoneId zone, ZonedDateTime at) {
        String offset = at.withZoneSameInstant(zone).getOffset().getId();
        return "UTC" + ("Z".equals(offset) ? "" : offset);
    }

    public static String longName(ZoneId zone, Locale locale) {
        return zone.getDisplayName(TextStyle.FULL, locale);
    }

    private Optional<ZoneId> chosen() {
        if (chosen == null) {
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            Optional<ZoneId> fromParam = zones.parse(ext.getRequestParameterMap().get(PARAM));
            if (fromParam.isPresent()) {
                ext.addResponseCookie(COOKIE, fromParam.get().getId(), Map.of(
                        "maxAge", 60 * 60 * 24 * 365, "path", Pages.cookiePath(ext), "httpOnly", true, "SameSite", "Lax"));
                chosen = fromParam;
            } else {
                Object cookie = ext.getRequestCookieMap().get(COOKIE);
                chosen = cookie instanceof Cookie c ? zones.parse(c.getValue()) : Optional.empty();
            }
        }
        return chosen;
    }
}

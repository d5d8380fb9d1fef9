package org.plenary.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.accounts.Accounts;
import org.plenary.platform.conference.Conference;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone the viewer of a participant page reads times in: one answer per request, for every time of every
 * page. Page beans ask {@link #zoneFor(Conference)}; the rules, the first that gives a zone winning:
 * <ol>
 *   <li>the {@code tz} request parameter: the viewer just changed it in the zone picker
 *       ({@code WEB-INF/includes/zone-box.xhtml}). It is remembered in a cookie and, for a signed-in viewer, saved
 *       in their profile ({@link Account#preferredZone()});</li>
 *   <li>the signed-in viewer's profile;</li>
 *   <li>the {@value #COOKIE} cookie: a zone picked earlier, or the browser's own zone, which a few lines of script in
 *       the page template set on the first visit ({@link #isGuessing()});</li>
 *   <li>the conference's own zone (without JavaScript and before any choice).</li>
 * </ol>
 * Outside a page (e-mails, exports), {@link #of(Account, Conference)} gives an account's zone. Ids are checked
 * against {@link TimeZones}; an unknown one is ignored.
 */
@Named
@RequestScoped
public class ViewerZone {

    /** The cookie that keeps a signed-out viewer's zone, for a year. */
    public static final String COOKIE = "plenary_tz";
    /** The request parameter of the zone picker. */
    public static final String PARAM = "tz";

    /** Where the viewer's zone came from. */
    public enum Source {
        /** The {@code tz} parameter of this request. */
        CHOSEN,
        /** The signed-in viewer's profile. */
        PROFILE,
        /** The cookie: chosen earlier, or the browser's zone. */
        COOKIE,
        /** Nothing: the page's fallback, the conference's zone. */
        NONE
    }

    @Inject
    TimeZones zones;

    @Inject
    CurrentCaller caller;

    @Inject
    Accounts accounts;

    private Optional<ZoneId> chosen;
    private Source source;

    /** The zone an account reads times in outside a page (e-mails, exports): its profile's, else the conference's. */
    public static ZoneId of(Account account, Conference conference) {
        return account.preferredZone().orElse(conference.zone());
    }

    /** The viewer's zone for a conference's times. */
    public ZoneId zoneFor(Conference conference) {
        return zoneOr(conference.zone());
    }

    /** The viewer's zone, falling back to the given one (the conference's). */
    public ZoneId zoneOr(ZoneId fallback) {
        return chosen().orElse(fallback);
    }

    /** The id to preselect in the zone picker. */
    public String idOr(ZoneId fallback) {
        return zoneOr(fallback).getId();
    }

    /** Where the zone came from. */
    public Source getSource() {
        chosen();
        return source;
    }

    /**
     * Whether nothing says the viewer's zone yet: the page then carries the script that reads the browser's zone into
     * the cookie (and shows the page again when that zone differs from the one used).
     */
    public boolean isGuessing() {
        return getSource() == Source.NONE;
    }

    /** The path of the zone cookie: the application's root. */
    public String getCookiePath() {
        return Pages.cookiePath(FacesContext.getCurrentInstance().getExternalContext());
    }

    /** "UTC+03:00" for a zone at a given moment. */
    public static String offset(ZoneId zone, ZonedDateTime at) {
        String offset = at.withZoneSameInstant(zone).getOffset().getId();
        return "UTC" + ("Z".equals(offset) ? "" : offset);
    }

    /** "Africa/Nairobi (UTC+03:00)": a zone named as the pages name it, with its offset at a given moment. */
    public static String label(ZoneId zone, ZonedDateTime at) {
        return zone.getId() + " (" + offset(zone, at) + ")";
    }

    public static String longName(ZoneId zone, Locale locale) {
        return zone.getDisplayName(TextStyle.FULL, locale);
    }

    private Optional<ZoneId> chosen() {
        if (chosen == null) {
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            Optional<ZoneId> fromParam = zones.parse(ext.getRequestParameterMap().get(PARAM));
            Optional<Account> account = signedIn();
            if (fromParam.isPresent()) {
                ext.addResponseCookie(COOKIE, fromParam.get().getId(), Map.of(
                        "maxAge", 60 * 60 * 24 * 365, "path", Pages.cookiePath(ext), "httpOnly", true, "SameSite", "Lax"));
                account.filter(a -> !a.preferredZone().equals(fromParam))
                        .ifPresent(a -> accounts.preferZone(a.getId(), fromParam.get()));
                chosen = fromParam;
                source = Source.CHOSEN;
                return chosen;
            }
            Optional<ZoneId> fromProfile = account.flatMap(Account::preferredZone);
            if (fromProfile.isPresent()) {
                chosen = fromProfile;
                source = Source.PROFILE;
                return chosen;
            }
            Object cookie = ext.getRequestCookieMap().get(COOKIE);
            chosen = cookie instanceof Cookie c ? zones.parse(c.getValue()) : Optional.empty();
            source = chosen.isPresent() ? Source.COOKIE : Source.NONE;
        }
        return chosen;
    }

    private Optional<Account> signedIn() {
        var who = caller.get();
        return who.isSignedIn() ? accounts.byId(who.accountId()) : Optional.empty();
    }
}

package org.plenary.platform.languages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.conference.Conference;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The language this request is answered in, decided in one place for pages, messages, validation and the API:
 * <ol>
 *   <li>an explicit choice, {@code ?lang=xx} ({@link #PARAM}) on any page;</li>
 *   <li>else the signed-in account's preferred language;</li>
 *   <li>else the choice remembered in the {@value #COOKIE} cookie;</li>
 *   <li>else the first language of the browser's {@code Accept-Language} that the platform speaks;</li>
 *   <li>else the conference's main language, on a conference's pages ({@link #orConferenceLanguage});</li>
 *   <li>else English.</li>
 * </ol>
 * Always one of {@link Languages#SPOKEN}. A choice is remembered by {@link #remember()}: in the cookie, and on the
 * account when someone is signed in. Nothing here opens an HTTP session.
 *
 * @since 1.0
 */
@RequestScoped
public class ViewerLanguage {

    /** The request parameter of an explicit choice. */
    public static final String PARAM = "lang";
    /** The cookie that keeps a choice for a year. */
    public static final String COOKIE = "plenary-lang";

    private static final Logger LOG = Logger.getLogger(ViewerLanguage.class.getName());

    /** Where the language came from. */
    public enum Source { CHOSEN, ACCOUNT, COOKIE, BROWSER, CONFERENCE, DEFAULT }

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentCaller caller;

    @Inject
    AccountLanguage accounts;

    private Locale locale;
    private Source source;
    private boolean remembered;

    /** The request's language. */
    public Locale locale() {
        resolve();
        return locale;
    }

    /** Where {@link #locale()} came from. */
    public Source source() {
        resolve();
        return source;
    }

    /**
     * The language for a conference's pages: the request's, unless nothing at all named one, in which case the
     * conference's main language when the platform speaks it.
     */
    public Locale orConferenceLanguage(Conference conference) {
        resolve();
        if (source == Source.DEFAULT && conference != null) {
            Optional<Locale> main = Languages.SPOKEN.find(conference.mainLanguageTag());
            if (main.isPresent()) {
                locale = main.get();
                source = Source.CONFERENCE;
                FacesContext faces = FacesContext.getCurrentInstance();
                if (faces != null && faces.getViewRoot() != null) {
                    faces.getViewRoot().setLocale(locale);
                }
            }
        }
        return locale;
    }

    /**
     * Keeps an explicit choice made on this request: in the {@value #COOKIE} cookie (a year, this site only, not
     * readable by scripts) and, for a signed-in account, as its preferred language. Does nothing without one.
     * Needs Faces (its response cookies).
     */
    public void remember() {
        if (source() != Source.CHOSEN || remembered) {
            return;
        }
        remembered = true;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            ExternalContext ext = faces.getExternalContext();
            String path = ext.getRequestContextPath();
            ext.addResponseCookie(COOKIE, locale.toLanguageTag(), Map.of("maxAge", 60 * 60 * 24 * 365,
                    "path", path == null || path.isEmpty() ? "/" : path, "httpOnly", true, "SameSite", "Lax"));
        }
        Caller who = signedIn();
        if (who.isSignedIn()) {
            try {
                accounts.prefer(who.accountId(), locale);
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "The language chosen by account " + who.accountId() + " was not kept: " + e, e);
            }
        }
    }

    private void resolve() {
        if (locale != null) {
            return;
        }
        Optional<Locale> found = Languages.SPOKEN.find(parameter());
        source = Source.CHOSEN;
        if (found.isEmpty()) {
            Caller who = signedIn();
            found = who.isSignedIn() ? accounts.of(who.accountId()).flatMap(Languages.SPOKEN::find) : Optional.empty();
            source = Source.ACCOUNT;
        }
        if (found.isEmpty()) {
            found = Languages.SPOKEN.find(cookie());
            source = Source.COOKIE;
        }
        if (found.isEmpty()) {
            found = Languages.SPOKEN.best(header());
            source = Source.BROWSER;
        }
        if (found.isEmpty()) {
            found = Optional.of(Languages.SPOKEN.fallback());
            source = Source.DEFAULT;
        }
        locale = found.get();
    }

    private Caller signedIn() {
        try {
            return caller.get();
        } catch (RuntimeException outsideARequest) {
            return Caller.ANONYMOUS;
        }
    }

    /** From the query string only: reading a form's parameters would consume the body of an API request. */
    private String parameter() {
        String query;
        try {
            query = request.getQueryString();
        } catch (RuntimeException outsideARequest) {
            return null;
        }
        return LanguagePicker.valueOf(query, PARAM);
    }

    private String cookie() {
        try {
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie c : cookies) {
                    if (COOKIE.equals(c.getName())) {
                        return c.getValue();
                    }
                }
            }
        } catch (RuntimeException outsideARequest) {
            // no request: no cookie
        }
        return null;
    }

    private String header() {
        try {
            return request.getHeader("Accept-Language");
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }
}

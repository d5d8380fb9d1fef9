package org.plenary.platform.languages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language picker of the participant pages: a link to this same page in each spoken language, each named in
 * itself, the current one marked; and the page's writing direction. Plain links: no script, no form, no session.
 */
@Named
@RequestScoped
public class LanguagePicker {

    /** One language of the picker. */
    public record Choice(String tag, String name, String href, boolean current, String dir) {
    }

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} ._:,+-]*");

    private List<Choice> choices;

    /** The languages, English first, each linking to this page with {@code lang=} set to it. */
    public List<Choice> getChoices() {
        if (choices == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext ext = faces.getExternalContext();
            Locale shown = faces.getViewRoot().getLocale();
            String page = ext.getRequestServletPath() + (ext.getRequestPathInfo() == null ? "" : ext.getRequestPathInfo());
            Object asked = ext.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
            String base = asked instanceof String uri ? uri // an error page links to the address asked for
                    : ext.getRequestContextPath() + (page.equals("/index.xhtml") ? "/" : page);
            String query = without(((HttpServletRequest) ext.getRequest()).getQueryString(), ViewerLanguage.PARAM);
            choices = new ArrayList<>();
            for (Locale l : Languages.SPOKEN.all()) {
                String tag = l.toLanguageTag();
                String href = base + "?" + (query.isEmpty() ? "" : query + "&") + ViewerLanguage.PARAM + "=" + tag;
                choices.add(new Choice(tag, Languages.nameInItself(l), href,
                        l.getLanguage().equals(shown.getLanguage()), Languages.direction(l)));
            }
        }
        return choices;
    }

    /** {@code rtl} or {@code ltr} for a locale or a language tag: what a {@code dir} attribute says. */
    public String dir(Object language) {
        return Languages.direction(language instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(language)));
    }

    /** The decoded value of a parameter in a raw query string, or null. */
    static String valueOf(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The plain parameters of a raw query string (ids, slugs, dates, filters: letters, digits, spaces and {@code . _ : , + -}),
     * kept encoded as they came, without the named one; empty when nothing is left. A value with a slash or anything
     * else (an address, a path) is left out: the picker never echoes an address a visitor was handed.
     */
    static String without(String query, String name) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : valueOf(pair, key);
            if (!key.isEmpty() && !key.equals(name) && key.matches("[A-Za-z0-9_.-]+") && value != null
                    && PLAIN.matcher(value).matches()) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}

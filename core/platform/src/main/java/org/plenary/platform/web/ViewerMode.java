package org.plenary.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Whether the viewer reads in light mode, for slow or costly connections: no video is loaded until asked for. The
 * choice is kept in a cookie (no HTTP session, no account needed) and made with a plain link, so it works without
 * JavaScript.
 */
@Named
@RequestScoped
public class ViewerMode {

    static final String COOKIE = "plenary_light";
    static final String PAGE = "light-mode.xhtml";

    private Boolean light;

    public boolean isLight() {
        if (light == null) {
            Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(COOKIE);
            light = cookie instanceof Cookie c && "on".equals(c.getValue());
        }
        return light;
    }

    /** Remembers the viewer's choice for a year (or forgets it). */
    public void choose(boolean on) {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.addResponseCookie(COOKIE, on ? "on" : "", Map.of("maxAge", on ? 60 * 60 * 24 * 365 : 0,
                "path", Pages.cookiePath(ext), "httpOnly", true, "SameSite", "Lax"));
        light = on;
    }

    /** The header's switch: turns the mode over and comes back to the page shown. */
    public String getSwitchUrl() {
        return contextPath() + "/" + PAGE + "?light=" + (isLight() ? "off" : "on") + "&back="
                + URLEncoder.encode(here(), StandardCharsets.UTF_8);
    }

    /** The page shown, from the application's root, with its query: where the switch comes back to. */
    static String here() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri instanceof String s ? s : request.getRequestURI();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        if (path.isEmpty() || path.equals("/" + PAGE)) {
            return "/";
        }
        String query = errorUri == null ? request.getQueryString() : null;
        return query == null ? path : path + "?" + query;
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}

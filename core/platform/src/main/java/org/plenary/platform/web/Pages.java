package org.plenary.platform.web;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** What the participant pages share: answering "not found", the viewer's locale, a text of their bundle. */
final class Pages {

    private Pages() {
    }

    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** A text of the pages' bundle ({@code msg}) in the view's language. */
    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    /** The path cookies of the participant pages are set for: the application's. */
    static String cookiePath(jakarta.faces.context.ExternalContext ext) {
        String path = ext.getRequestContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}

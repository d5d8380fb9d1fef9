package org.plenary.platform.web;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** What the participant pages share: answering "not found", the viewer's locale. */
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

    /** The path cookies of the participant pages are set for: the application's. */
    static String cookiePath(jakarta.faces.context.ExternalContext ext) {
        String path = ext.getRequestContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}

package org.plenary.platform.languages;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Makes Faces' view locale the request's language ({@link ViewerLanguage}), so that pages, their bundles, Faces'
 * messages and Bean Validation messages (which Faces interpolates in the view's locale) speak the same language as
 * {@link org.plenary.platform.validation.Texts} and the API. An explicit choice ({@code ?lang=}) is remembered here.
 * Console pages ({@code /console/}) speak only what the console's bundles are written in, and English otherwise.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        ViewerLanguage viewer = CDI.current().select(ViewerLanguage.class).get();
        Locale locale = viewer.locale();
        viewer.remember();
        String path = context.getExternalContext().getRequestServletPath();
        if (path != null && path.startsWith("/console/")) {
            return Languages.CONSOLE.closest(locale);
        }
        return locale;
    }
}

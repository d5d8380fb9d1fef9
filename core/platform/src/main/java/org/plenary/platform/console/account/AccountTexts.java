package org.plenary.platform.console.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The account pages' texts ({@value #BUNDLE}) in the view's language, and their messages. */
final class AccountTexts {

    static final String BUNDLE = "org.plenary.platform.console.account.messages";
    private static final String PLATFORM_BUNDLE = "org.plenary.platform.web.messages";

    private AccountTexts() {
    }

    static String text(String key, Object... args) {
        return format(BUNDLE, key, args);
    }

    /** A text of the platform's page bundle (password rules, sign-in refusals). */
    static String platformText(String key) {
        return format(PLATFORM_BUNDLE, key);
    }

    static void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static String format(String bundle, String key, Object... args) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String pattern = ResourceBundle.getBundle(bundle, locale, AccountTexts.class.getClassLoader()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}

package org.plenary.formats.panel;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong with a panel's line-up: the field at fault ({@code kind}, {@code moderator}, {@code panellists})
 * and a message of the panel's bundle ({@code panel.problem.<key>}), said in the organiser's language in the console
 * and in English in an import's report.
 */
public record PanelProblem(String field, String key, List<Object> args) {

    static final String BUNDLE = "formats.panel.messages";

    public PanelProblem {
        args = List.copyOf(args);
    }

    static PanelProblem of(String field, String key, Object... args) {
        return new PanelProblem(field, key, List.of(args));
    }

    /** The message in this language (English when the panel does not speak it, whatever the server's own). */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, PanelProblem.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("panel.problem." + key), locale).format(args.toArray());
    }
}

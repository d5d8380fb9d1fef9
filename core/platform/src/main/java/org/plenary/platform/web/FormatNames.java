package org.plenary.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.plenary.platform.formats.FormatRegistry;

import java.util.Locale;

/** The name participants see for a format id, also for formats that are missing or failed. */
@ApplicationScoped
public class FormatNames {

    @Inject
    FormatRegistry registry;

    public String of(String formatId, Locale locale) {
        return registry.find(formatId).map(f -> f.displayName(locale)).orElseGet(() -> humanise(formatId));
    }

    static String humanise(String id) {
        String words = id.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

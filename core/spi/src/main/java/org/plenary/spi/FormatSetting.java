package org.plenary.spi;

import java.util.Set;

/**
 * A typed setting of a format. Its full key in storage is {@code <format id>.<key>}. The console labels it with the
 * key {@code setting.<key>} of the format's message bundle (the key itself when that is missing) and renders it by
 * its type: a checkbox, a number field within the type's bounds, or a text field.
 *
 * @param key          lower-case, dot- or hyphen-separated, unique within the format
 * @param type         its type
 * @param scopes       where it may be set
 * @param defaultValue the value when nothing is set
 * @param <T>          the Java type of the value
 * @since 1.0
 */
public record FormatSetting<T>(String key, SettingType<T> type, Set<SettingScope> scopes, T defaultValue) {

    public FormatSetting {
        if (key == null || !key.matches("[a-z][a-z0-9]*([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("setting key '" + key + "' is not lower-case dotted");
        }
        scopes = Set.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("setting '" + key + "' has no scope");
        }
    }
}

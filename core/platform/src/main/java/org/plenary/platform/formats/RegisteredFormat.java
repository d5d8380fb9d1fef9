package org.plenary.platform.formats;

import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.FormatState;
import org.plenary.spi.SessionFormat;

import java.util.Locale;
import java.util.Optional;

/**
 * A format as the registry knows it: the plugin's bean, where it stands and why.
 *
 * @param id                the format's id (the bean's class name when its descriptor could not be read)
 * @param format            the plugin's bean
 * @param descriptor        its descriptor, or null when reading it failed
 * @param state             where it stands
 * @param reason            why it failed or is disabled, else null
 * @param migrationsApplied how many of its migrations the database holds
 */
public record RegisteredFormat(String id, SessionFormat format, FormatDescriptor descriptor, FormatState state,
                               String reason, int migrationsApplied) {

    public boolean isStarted() {
        return state == FormatState.STARTED;
    }

    public String version() {
        return descriptor == null ? null : descriptor.version();
    }

    /** The localised name, or the id when the plugin cannot say. */
    public String displayName(Locale locale) {
        if (descriptor == null) {
            return id;
        }
        try {
            return format.displayName(locale);
        } catch (RuntimeException e) {
            return id;
        }
    }

    RegisteredFormat withState(FormatState newState, String newReason) {
        return new RegisteredFormat(id, format, descriptor, newState, newReason, migrationsApplied);
    }

    RegisteredFormat withMigrations(int applied) {
        return new RegisteredFormat(id, format, descriptor, state, reason, applied);
    }

    /** The plugin's bean, only when it started. */
    public Optional<SessionFormat> startedFormat() {
        return isStarted() ? Optional.of(format) : Optional.empty();
    }
}

package org.plenary.spi;

/**
 * Where a format stands in the registry, as the console and {@code GET /api/v1/formats} show it.
 *
 * @since 1.0
 */
public enum FormatState {
    /** Found, not yet checked (only seen while the application starts). */
    RESOLVED,
    /** Checked, migrated and started: sessions of this format use its views. */
    STARTED,
    /** Switched off by the platform's configuration ({@code plenary.formats.disabled}); its migrations were not run. */
    DISABLED,
    /** A check, a migration or {@link SessionFormat#start()} failed; the registry records the reason. */
    FAILED
}

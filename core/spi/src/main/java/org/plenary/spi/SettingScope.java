package org.plenary.spi;

/**
 * Where a setting's value is set. A value at a narrower scope overrides a wider one:
 * session over conference over platform over the default.
 *
 * @since 1.0
 */
public enum SettingScope {
    PLATFORM, CONFERENCE, SESSION
}

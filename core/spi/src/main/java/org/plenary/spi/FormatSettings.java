package org.plenary.spi;

/**
 * Reads the current value of a format's settings. The core provides the implementation as a CDI bean;
 * a plugin injects it with {@code @Inject FormatSettings}.
 *
 * <p>A value set at a narrower scope wins: session, then conference, then platform, then
 * {@link FormatSetting#defaultValue()}. A stored value that no longer parses falls back the same way.
 *
 * @since 1.0
 */
public interface FormatSettings {

    /** The platform-wide value. */
    <T> T platformValue(String formatId, FormatSetting<T> setting);

    /** The value for a conference, falling back to the platform's. */
    <T> T conferenceValue(String formatId, FormatSetting<T> setting, String conferenceSlug);

    /** The value for a session, falling back to its conference's. */
    <T> T sessionValue(String formatId, FormatSetting<T> setting, long sessionId);
}

package org.plenary.spi;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A session format (keynote, panel, workshop, …), implemented by exactly one CDI bean of a plugin.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>The bean is {@code @ApplicationScoped} and found by the core through {@code @Any Instance<SessionFormat>};
 *       the core never names an implementation.</li>
 *   <li>{@link #descriptor()} is cheap, side-effect free and always returns the same value.</li>
 *   <li>Every other method has a sensible default, so a minimal format only declares its identity.</li>
 * </ul>
 *
 * <h2>Lifecycle</h2>
 * When the application starts, the core's plugin registry, for each format in turn:
 * <ol>
 *   <li>reads the {@link #descriptor()} and checks it (id syntax, duplicate ids, the core version range,
 *       declared dependencies on other formats);</li>
 *   <li>applies the plugin's Flyway migrations from {@link FormatDescriptor#migrationsLocation()} with its own
 *       history table {@link FormatDescriptor#historyTable()};</li>
 *   <li>calls {@link #start()}.</li>
 * </ol>
 * Any failure puts that format in {@link FormatState#FAILED} with the reason, and the rest of the platform keeps
 * running: sessions of a failed format still show in the programme with a generic view and none of their data is
 * touched. {@link #stop()} is called when the application shuts down, for started formats only.
 *
 * @since 1.0
 */
public interface SessionFormat {

    /** Identity, version and requirements of this format. Must not fail and must not change. */
    FormatDescriptor descriptor();

    /**
     * The localised display name, from the key {@code format.name} of the descriptor's message bundle, loaded
     * with this plugin's class loader; the id when the bundle or key is missing.
     */
    default String displayName(Locale locale) {
        try {
            return ResourceBundle.getBundle(descriptor().messages(), locale, getClass().getClassLoader())
                    .getString("format.name");
        } catch (MissingResourceException e) {
            return descriptor().id();
        }
    }

    /** Where this format's Facelets views are. Defaults to {@link FormatViews#conventional(String)}. */
    default FormatViews views() {
        return FormatViews.conventional(descriptor().id());
    }

    /**
     * The pages of its own this format adds beside the session page (see {@link FormatPage} for where they live and
     * who may see them). Read when the registry checks the format and whenever the core builds its menus, so it must
     * be cheap and always give the same list. The default has none.
     *
     * @since 1.0
     */
    default List<FormatPage> pages() {
        return List.of();
    }

    /**
     * The words of the link to one of {@link #pages()}: by default the key {@code page.<key>} of the descriptor's
     * message bundle, loaded as {@link #displayName} is; the key itself when the bundle or key is missing.
     *
     * @since 1.0
     */
    default String pageTitle(FormatPage page, Locale locale) {
        try {
            return ResourceBundle.getBundle(descriptor().messages(), locale, getClass().getClassLoader())
                    .getString("page." + page.key());
        } catch (MissingResourceException e) {
            return page.key();
        }
    }

    /** The duration a new session of this format gets in the programme editor. */
    default Duration defaultDuration() {
        return Duration.ofMinutes(60);
    }

    /**
     * The live features the core switches on for every session of this format, read whenever a session's page or
     * its moderation is served (so it must be cheap and always give the same set). With {@link LiveFeature#QUESTIONS}
     * the core runs the session's Q&amp;A (see there); a format that leaves it out has none. The default is the stream
     * alone.
     */
    default Set<LiveFeature> liveFeatures() {
        return Set.of(LiveFeature.STREAM);
    }

    /**
     * Format-specific checks of a session before the core saves or schedules it, on top of the core's own
     * checks (title, times inside the conference). Returns no violations when the draft is acceptable.
     */
    default List<Violation> validate(SessionDraft draft) {
        return List.of();
    }

    /** The typed settings this format reads, rendered as a form by the console. */
    default List<FormatSetting<?>> settings() {
        return List.of();
    }

    /**
     * The state of this format's own fields for the console's session editor, read from what the format keeps.
     * Formats with an {@link ViewSlot#EDITOR} view return their own; the default has no fields.
     *
     * @param sessionId the session being edited; {@code 0} for one not yet saved
     * @since 1.0
     */
    default FormatEditor editor(long sessionId) {
        return FormatEditor.NONE;
    }

    /**
     * The same, knowing the session's conference: what a format whose fields name the conference's people or
     * organisations overrides, to offer them and to check what is chosen against {@link ConferencePeople} (a new
     * session has no id yet to say which conference it is in). The core calls this form; the default calls
     * {@link #editor(long)}.
     *
     * @param sessionId      the session being edited; {@code 0} for one not yet saved
     * @param conferenceSlug the conference the session is in, as the core checked it for the organiser
     * @since 1.0
     */
    default FormatEditor editor(long sessionId, String conferenceSlug) {
        return editor(sessionId);
    }

    /** Export, import and clean-up of this format's own data for one session. */
    default FormatData data() {
        return FormatData.NONE;
    }

    /**
     * Called once after the plugin's migrations were applied. Throwing marks the format
     * {@link FormatState#FAILED} with the exception's message.
     */
    default void start() throws Exception {
    }

    /** Called once when the application stops, for formats that started. Must not throw. */
    default void stop() {
    }
}

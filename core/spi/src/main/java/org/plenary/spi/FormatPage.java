package org.plenary.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A page of its own that a format adds beside the session page: an exhibition hall, a stand, a lab's workspace for
 * participants; a partner's stand editor or a list of enrolled people in the console. The core links every page of a
 * started format that is enabled in a conference from that conference's pages ({@link Audience#PARTICIPANT}) or its
 * console menu ({@link Audience#CONSOLE}), with {@code ?c=<conference slug>} appended.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>A participant page's view lives under {@code /pages/<id>/}, a console page's under
 *       {@code /console/formats/<id>/} (both in the plugin JAR's {@code META-INF/resources}); the registry marks a
 *       format that declares any other view {@link FormatState#FAILED}. (The session views under
 *       {@code /formats/<id>/} are fragments the core includes, never requested.)</li>
 *   <li>Console pages are served to any signed-in caller (a partner or a trainer holds no console role): the page
 *       itself decides, with {@link Viewers}, who may see what, on every request, and answers as if the thing did not
 *       exist otherwise. Participant pages are public unless the page decides otherwise.</li>
 *   <li>Pages use the core's templates: {@code /WEB-INF/templates/page.xhtml} for participants,
 *       {@code /WEB-INF/templates/console.xhtml} for the console (inserts {@code title} and {@code content}).</li>
 *   <li>The link's words are {@link SessionFormat#pageTitle}: by default the key {@code page.<key>} of the format's
 *       message bundle.</li>
 * </ul>
 *
 * @param key      a short kebab-case name, unique within the format (e.g. {@code hall})
 * @param view     the view id, e.g. {@code /pages/solution-pitch/hall.xhtml}
 * @param audience where the core links it
 * @since 1.0
 */
public record FormatPage(String key, String view, Audience audience) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** Where the core links a page. */
    public enum Audience {
        /** From the conference's participant pages; view under {@code /pages/<id>/}. */
        PARTICIPANT,
        /** From the console's menu; view under {@code /console/formats/<id>/}. */
        CONSOLE
    }

    public FormatPage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(audience, "audience");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A page key is kebab-case, up to 40 characters: " + key);
        }
    }

    /** A participant page at {@code /pages/<formatId>/<key>.xhtml}. */
    public static FormatPage participant(String formatId, String key) {
        return new FormatPage(key, "/pages/" + formatId + "/" + key + ".xhtml", Audience.PARTICIPANT);
    }

    /** A console page at {@code /console/formats/<formatId>/<key>.xhtml}. */
    public static FormatPage console(String formatId, String key) {
        return new FormatPage(key, "/console/formats/" + formatId + "/" + key + ".xhtml", Audience.CONSOLE);
    }

    /** Whether the view sits where the contract above says, for the format with this id. */
    public boolean isPlacedFor(String formatId) {
        String prefix = audience == Audience.PARTICIPANT ? "/pages/" + formatId + "/" : "/console/formats/" + formatId + "/";
        return view.startsWith(prefix) && view.endsWith(".xhtml") && !view.contains("..");
    }
}

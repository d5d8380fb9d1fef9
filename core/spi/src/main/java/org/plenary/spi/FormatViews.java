package org.plenary.spi;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Facelets views a format contributes, by slot. A view id is a path such as
 * {@code /formats/keynote/participant.xhtml}, served from the plugin JAR's {@code META-INF/resources}.
 *
 * @since 1.0
 */
public final class FormatViews {

    private final Map<ViewSlot, String> views;

    private FormatViews(Map<ViewSlot, String> views) {
        this.views = Map.copyOf(views);
    }

    /** The conventional layout: {@code /formats/<id>/participant.xhtml} and {@code /formats/<id>/editor.xhtml}. */
    public static FormatViews conventional(String formatId) {
        Map<ViewSlot, String> views = new EnumMap<>(ViewSlot.class);
        views.put(ViewSlot.PARTICIPANT, "/formats/" + formatId + "/participant.xhtml");
        views.put(ViewSlot.EDITOR, "/formats/" + formatId + "/editor.xhtml");
        return new FormatViews(views);
    }

    /** Views named one by one; slots left out fall back to the core's generic view. */
    public static FormatViews of(Map<ViewSlot, String> views) {
        return new FormatViews(views);
    }

    /** The view for the slot, if the format has one. */
    public Optional<String> view(ViewSlot slot) {
        return Optional.ofNullable(views.get(slot));
    }

    /** All views of this format. */
    public Map<ViewSlot, String> all() {
        return views;
    }
}

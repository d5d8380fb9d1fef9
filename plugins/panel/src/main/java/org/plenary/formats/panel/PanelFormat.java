package org.plenary.formats.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.plenary.spi.ConferencePeople;
import org.plenary.spi.FormatData;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.FormatEditor;
import org.plenary.spi.LiveFeature;
import org.plenary.spi.SessionFormat;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Panels: high-level panels (UN agencies, ministers, partners' high-level representatives), plenary panels of
 * experts and breakout sessions. A moderator and panellists from the conference's people, the live stream, and
 * participants' questions, which the core's Q&A takes (the format declares {@link LiveFeature#QUESTIONS}).
 */
@ApplicationScoped
public class PanelFormat implements SessionFormat {

    static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("panel", "1.0.0", "[1.0,2.0)");

    @Inject
    Panels panels;

    @Inject
    ConferencePeople people;

    private final PanelEditor.Language language;

    protected PanelFormat() {
        language = PanelFormat::viewLanguage;
    }

    /** For use outside a container, and so outside Faces: the editor speaks English. */
    public PanelFormat(Panels panels, ConferencePeople people) {
        this.panels = panels;
        this.people = people;
        this.language = () -> Locale.ROOT;
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Duration defaultDuration() {
        return Duration.ofMinutes(60);
    }

    @Override
    public Set<LiveFeature> liveFeatures() {
        return Set.of(LiveFeature.STREAM, LiveFeature.QUESTIONS);
    }

    @Override
    public FormatEditor editor(long sessionId, String conferenceSlug) {
        Optional<LineUp> kept = sessionId == 0 ? Optional.empty() : panels.of(sessionId).map(Panel::lineUp);
        return new PanelEditor(panels, people, language, conferenceSlug, kept);
    }

    /** The language of the console's page being answered. */
    private static Locale viewLanguage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ROOT : faces.getViewRoot().getLocale();
    }

    @Override
    public FormatData data() {
        return panels;
    }
}

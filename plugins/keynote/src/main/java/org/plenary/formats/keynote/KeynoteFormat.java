package org.plenary.formats.keynote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.plenary.spi.FormatData;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.FormatEditor;
import org.plenary.spi.FormatSetting;
import org.plenary.spi.FormatViews;
import org.plenary.spi.SessionDraft;
import org.plenary.spi.SessionFormat;
import org.plenary.spi.SettingScope;
import org.plenary.spi.SettingType;
import org.plenary.spi.Violation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keynotes: short, inspiring talks by thought leaders; opening and closing addresses too. Speakers, slides and
 * resource links; the live stream while it runs and the recording once it has ended.
 */
@ApplicationScoped
public class KeynoteFormat implements SessionFormat {

    static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("keynote", "1.0.0", "[1.0,2.0)");
    static final Duration LONGEST = Duration.ofMinutes(90);

    /** Whether participants see slides and links before the keynote has ended. */
    static final FormatSetting<Boolean> RESOURCES_BEFORE_END = new FormatSetting<>("resources-before-end",
            SettingType.BOOLEAN, Set.of(SettingScope.PLATFORM, SettingScope.CONFERENCE, SettingScope.SESSION), true);

    @Inject
    KeynoteMaterials materials;

    protected KeynoteFormat() {
    }

    /** For use outside a container. */
    public KeynoteFormat(KeynoteMaterials materials) {
        this.materials = materials;
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public FormatViews views() {
        return FormatViews.conventional(DESCRIPTOR.id());
    }

    @Override
    public Duration defaultDuration() {
        return Duration.ofMinutes(20);
    }

    @Override
    public List<Violation> validate(SessionDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (Duration.between(draft.start(), draft.end()).compareTo(LONGEST) > 0) {
            violations.add(new Violation("end", "a keynote lasts at most " + LONGEST.toMinutes() + " minutes"));
        }
        return violations;
    }

    @Override
    public List<FormatSetting<?>> settings() {
        return List.of(RESOURCES_BEFORE_END);
    }

    @Override
    public FormatEditor editor(long sessionId) {
        return new KeynoteEditor(materials, sessionId == 0 ? List.of() : materials.of(sessionId));
    }

    @Override
    public FormatData data() {
        return materials;
    }
}

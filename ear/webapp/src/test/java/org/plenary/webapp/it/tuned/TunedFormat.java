package org.plenary.webapp.it.tuned;

import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.FormatSetting;
import org.plenary.spi.SessionFormat;
import org.plenary.spi.SettingScope;
import org.plenary.spi.SettingType;

import java.util.List;
import java.util.Set;

/** A format with a setting of each type, for the console's settings forms. */
@ApplicationScoped
public class TunedFormat implements SessionFormat {

    static final Set<SettingScope> EVERYWHERE = Set.of(SettingScope.PLATFORM, SettingScope.CONFERENCE);

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("tuned", "1.2.0", "[1.0,2.0)");
    }

    @Override
    public List<FormatSetting<?>> settings() {
        return List.of(
                new FormatSetting<>("breakout-rooms", SettingType.BOOLEAN, EVERYWHERE, false),
                new FormatSetting<>("room-size", SettingType.integer(2, 40), EVERYWHERE, 8),
                new FormatSetting<>("welcome", SettingType.TEXT, Set.of(SettingScope.CONFERENCE), "Welcome"),
                new FormatSetting<>("vendor-key", SettingType.TEXT, Set.of(SettingScope.PLATFORM), ""));
    }
}

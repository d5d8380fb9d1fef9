package org.plenary.platform.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.audit.AuditLog;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.formats.RegisteredFormat;
import org.plenary.platform.formats.StoredFormatSettings;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;
import org.plenary.spi.FormatSetting;
import org.plenary.spi.SettingScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes the values of formats' typed settings, platform-wide (administrators) or for one conference (its
 * organisers), each checked against its type and recorded in the audit log. A blank value removes the stored one,
 * so the wider scope's value (or the default) applies again.
 */
@ApplicationScoped
public class FormatSettingChanges {

    /** The longest text value the settings table holds. */
    static final int TEXT_MAX = 4000;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    FormatRegistry registry;

    @Inject
    StoredFormatSettings stored;

    @Inject
    AuditLog audit;

    @Inject
    Texts texts;

    /** A format's settings that may be set at this scope; none when the plugin cannot say. */
    public List<FormatSetting<?>> settingsAt(RegisteredFormat format, SettingScope scope) {
        if (format.descriptor() == null) {
            return List.of();
        }
        try {
            return format.format().settings().stream().filter(s -> s.scopes().contains(scope)).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** What is wrong with a value typed for a setting, if anything (blank is fine: it removes the value). */
    public Optional<Problem> check(FormatSetting<?> setting, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > TEXT_MAX) {
            return Optional.of(texts.problem(setting.key(), "tooLong", TEXT_MAX));
        }
        try {
            setting.type().parse(text.strip());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(switch (setting.type().name()) {
                case "integer" -> texts.problem(setting.key(), "plugins.notANumber",
                        setting.type().min(), setting.type().max());
                case "boolean" -> texts.problem(setting.key(), "plugins.notABoolean");
                default -> texts.problem(setting.key(), "plugins.notAccepted");
            });
        }
    }

    /** Saves platform-wide values of a format's settings, by key; returns how many changed. */
    @Transactional
    public int savePlatform(Caller caller, String formatId, Map<String, String> values) {
        caller.require(Action.RUN_PLATFORM);
        return save(caller, null, formatId, SettingScope.PLATFORM, StoredFormatSettings.PLATFORM_REF, values);
    }

    /**
     * Saves a conference's values of a format's settings, by key; returns how many changed.
     *
     * @throws NotFound when the format is not enabled in the conference
     */
    @Transactional
    public int saveConference(Caller caller, long conferenceId, String formatId, Map<String, String> values) {
        caller.require(Action.EDIT_CONFERENCE, conferenceId);
        Conference conference = em.find(Conference.class, conferenceId);
        if (conference == null || !conference.usesFormat(formatId)) {
            throw new NotFound("format '" + formatId + "' is not enabled in this conference");
        }
        return save(caller, conferenceId, formatId, SettingScope.CONFERENCE, conference.getSlug(), values);
    }

    private int save(Caller caller, Long conferenceId, String formatId, SettingScope scope, String ref,
                     Map<String, String> values) {
        RegisteredFormat format = registry.find(formatId).orElseThrow(() -> new NotFound("no format " + formatId));
        List<FormatSetting<?>> settings = settingsAt(format, scope);
        List<Problem> problems = new ArrayList<>();
        for (FormatSetting<?> s : settings) {
            check(s, values.get(s.key())).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        int changed = 0;
        for (FormatSetting<?> s : settings) {
            if (!values.containsKey(s.key())) {
                continue;
            }
            String text = values.get(s.key());
            String wanted = text == null || text.isBlank() ? null : text.strip();
            String before = stored.storedText(formatId, s, scope, ref).orElse(null);
            if (!Objects.equals(before, wanted)) {
                stored.store(formatId, s, scope, ref, wanted);
                audit.record(caller, conferenceId, "setting.change", formatId + "." + s.key(),
                        scope.name().toLowerCase() + ": " + shown(before) + " → " + shown(wanted));
                changed++;
            }
        }
        return changed;
    }

    private static String shown(String value) {
        return value == null ? "(default)" : value;
    }
}

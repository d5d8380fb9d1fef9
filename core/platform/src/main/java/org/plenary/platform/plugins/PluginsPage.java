package org.plenary.platform.plugins;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.console.ConsoleScope;
import org.plenary.platform.console.PageMessages;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.formats.RegisteredFormat;
import org.plenary.platform.formats.StoredFormatSettings;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Stale;
import org.plenary.platform.validation.Texts;
import org.plenary.spi.FormatSetting;
import org.plenary.spi.SettingScope;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * {@code /console/plugins.xhtml}. Without {@code c} (administrators): every installed format, where it stands,
 * its migrations and dependencies, and its platform-wide settings. With {@code c} (the conference's organisers): the
 * started formats enabled or not in that conference, and the conference's settings of the enabled ones. The caller's
 * right is checked again on every action.
 */
@Named("pluginsPage")
@ViewScoped
public class PluginsPage implements Serializable {

    @Inject
    ConsoleScope scope;

    @Inject
    FormatRegistry registry;

    @Inject
    StoredFormatSettings stored;

    @Inject
    FormatSettingChanges settingChanges;

    @Inject
    ConferenceFormatChanges formatChanges;

    @Inject
    Texts texts;

    /** The state of a format a conference enabled but no installed plugin provides. */
    static final String MISSING = "MISSING";

    private String c;
    private List<FormatRow> formats = List.of();

    /** The view action: checks the caller's right and reads the formats. */
    public void open() {
        if (c == null || c.isEmpty()) {
            c = null;
            scope.getCaller().require(Action.RUN_PLATFORM);
        }
        load();
    }

    private Conference conference() {
        return c == null ? null : scope.require(c, Action.EDIT_CONFERENCE);
    }

    private void load() {
        Conference conference = conference();
        if (conference == null) {
            scope.getCaller().require(Action.RUN_PLATFORM);
            formats = registry.all().stream().map(this::platformRow).toList();
        } else {
            List<FormatRow> rows = new java.util.ArrayList<>(registry.all().stream()
                    .filter(f -> f.isStarted() || conference.usesFormat(f.id()))
                    .map(f -> conferenceRow(f, conference)).toList());
            // Enabled, but no plugin of that id is installed: its sessions keep a generic view.
            conference.getEnabledFormats().stream().sorted().filter(id -> registry.find(id).isEmpty())
                    .forEach(id -> rows.add(new FormatRow(id, id, null, MISSING, null, 0, List.of(), true,
                            formatChanges.sessionsOf(conference.getId(), id), List.of())));
            formats = List.copyOf(rows);
        }
    }

    private FormatRow platformRow(RegisteredFormat f) {
        List<String> deps = f.descriptor() == null ? List.of() : f.descriptor().dependsOn().stream().sorted()
                .map(d -> d + " (" + registry.find(d).map(x -> x.state().name()).orElse("—") + ")").toList();
        List<SettingField> fields = settingChanges.settingsAt(f, SettingScope.PLATFORM).stream()
                .map(s -> field(f, s, defaultText(s), stored.storedText(f.id(), s, SettingScope.PLATFORM,
                        StoredFormatSettings.PLATFORM_REF).orElse(null)))
                .toList();
        return new FormatRow(f.id(), f.displayName(locale()), f.version(), f.state().name(), f.reason(),
                f.migrationsApplied(), deps, false, 0, fields);
    }

    private FormatRow conferenceRow(RegisteredFormat f, Conference conference) {
        boolean enabled = conference.usesFormat(f.id());
        List<SettingField> fields = !enabled || !f.isStarted() ? List.of()
                : settingChanges.settingsAt(f, SettingScope.CONFERENCE).stream()
                .map(s -> field(f, s, platformText(f.id(), s), stored.storedText(f.id(), s, SettingScope.CONFERENCE,
                        conference.getSlug()).orElse(null)))
                .toList();
        return new FormatRow(f.id(), f.displayName(locale()), f.version(), f.state().name(), f.reason(),
                f.migrationsApplied(), List.of(), enabled, formatChanges.sessionsOf(conference.getId(), f.id()), fields);
    }

    private SettingField field(RegisteredFormat f, FormatSetting<?> s, String inherited, String own) {
        String type = s.type().name();
        // A checkbox always says yes or no: it shows the value that applies.
        String shown = "boolean".equals(type) && own == null ? inherited : own;
        return new SettingField(f.id(), s.key(), label(f, s), type, s.type().min(), s.type().max(), inherited, shown);
    }

    private static <T> String defaultText(FormatSetting<T> s) {
        return s.defaultValue() == null ? "" : s.type().format(s.defaultValue());
    }

    private <T> String platformText(String formatId, FormatSetting<T> s) {
        T value = stored.platformValue(formatId, s);
        return value == null ? "" : s.type().format(value);
    }

    /** The setting's label from the format's bundle ({@code setting.<key>}), else its key. */
    private String label(RegisteredFormat f, FormatSetting<?> s) {
        try {
            return ResourceBundle.getBundle(f.descriptor().messages(), locale(), f.format().getClass().getClassLoader())
                    .getString("setting." + s.key());
        } catch (MissingResourceException | NullPointerException e) {
            return s.key();
        }
    }

    private Locale locale() {
        return texts.locale();
    }

    /** Faces validator of a setting's field: the same check the change makes. */
    public void checkSetting(FacesContext faces, UIComponent component, Object value) {
        SettingField field = (SettingField) component.getAttributes().get("field");
        if (field == null) {
            return;
        }
        registry.find(field.getFormatId()).stream()
                .flatMap(f -> settingChanges.settingsAt(f, SettingScope.PLATFORM).stream()
                        .filter(s -> s.key().equals(field.getKey())).findFirst()
                        .or(() -> settingChanges.settingsAt(f, SettingScope.CONFERENCE).stream()
                                .filter(s -> s.key().equals(field.getKey())).findFirst()).stream())
                .findFirst()
                .flatMap(s -> settingChanges.check(s, value == null ? null : value.toString()))
                .ifPresent(p -> {
                    throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null));
                });
    }

    /** Saves the settings of one format that the user changed, at the page's scope. */
    public void save(FormatRow row) {
        Map<String, String> changed = new LinkedHashMap<>();
        row.settings().stream().filter(SettingField::changed).forEach(f -> changed.put(f.getKey(), f.getText()));
        try {
            Conference conference = conference();
            int n = changed.isEmpty() ? 0 : conference == null
                    ? settingChanges.savePlatform(scope.getCaller(), row.id(), changed)
                    : settingChanges.saveConference(scope.getCaller(), conference.getId(), row.id(), changed);
            PageMessages.text(texts.text("plugins.saved", row.name(), n));
            load();
        } catch (Refused r) {
            PageMessages.show(r, "setform");
        }
    }

    /** Offers a started format in the page's conference. */
    public void enable(FormatRow row) {
        Conference conference = requireConference();
        try {
            formatChanges.enable(scope.getCaller(), conference.getId(), row.id());
            PageMessages.text(texts.text("plugins.enabled", row.name()));
        } catch (Stale s) {
            PageMessages.show(new Refused("", texts.text("stale")), "formats");
        }
        load();
    }

    /** Stops offering a format in the page's conference, unless sessions still use it. */
    public void disable(FormatRow row) {
        Conference conference = requireConference();
        try {
            formatChanges.disable(scope.getCaller(), conference.getId(), row.id());
            PageMessages.text(texts.text("plugins.disabled", row.name()));
        } catch (Refused r) {
            PageMessages.show(r, "formats");
        } catch (Stale s) {
            PageMessages.show(new Refused("", texts.text("stale")), "formats");
        }
        load();
    }

    private Conference requireConference() {
        Conference conference = conference();
        if (conference == null) {
            throw new NotFound("no conference named");
        }
        return conference;
    }

    public boolean isPlatform() {
        return c == null;
    }

    public String getC() {
        return c;
    }

    public void setC(String c) {
        this.c = c;
    }

    /** Whether any format listed has settings at the page's scope. */
    public boolean isAnySettings() {
        return formats.stream().anyMatch(r -> !r.settings().isEmpty());
    }

    public List<FormatRow> getFormats() {
        return formats;
    }
}

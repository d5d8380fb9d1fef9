package org.plenary.platform.formats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.plenary.spi.FormatSetting;
import org.plenary.spi.FormatSettings;
import org.plenary.spi.SettingScope;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The core's implementation of {@link FormatSettings}: values in the {@code format_setting} table, kept as text
 * (platform scope under the reference {@value #PLATFORM_REF}, conference scope under the conference's slug, session
 * scope under the session's id). The console reads and writes the text through {@link #storedText} and {@link #store}.
 */
@ApplicationScoped
public class StoredFormatSettings implements FormatSettings {

    private static final Logger LOG = Logger.getLogger(StoredFormatSettings.class.getName());

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    /** The reference a platform-wide value is stored under. */
    public static final String PLATFORM_REF = "-";

    @Override
    public <T> T platformValue(String formatId, FormatSetting<T> setting) {
        return stored(formatId, setting, SettingScope.PLATFORM, PLATFORM_REF).orElse(setting.defaultValue());
    }

    @Override
    public <T> T conferenceValue(String formatId, FormatSetting<T> setting, String conferenceSlug) {
        return stored(formatId, setting, SettingScope.CONFERENCE, conferenceSlug)
                .orElseGet(() -> platformValue(formatId, setting));
    }

    @Override
    public <T> T sessionValue(String formatId, FormatSetting<T> setting, long sessionId) {
        Optional<T> own = stored(formatId, setting, SettingScope.SESSION, Long.toString(sessionId));
        if (own.isPresent()) {
            return own.get();
        }
        return em.createQuery("select s.conference.slug from Session s where s.id = :id", String.class)
                .setParameter("id", sessionId).getResultStream().findFirst()
                .map(slug -> conferenceValue(formatId, setting, slug))
                .orElseGet(() -> platformValue(formatId, setting));
    }

    private <T> Optional<T> stored(String formatId, FormatSetting<T> setting, SettingScope scope, String ref) {
        if (!setting.scopes().contains(scope)) {
            return Optional.empty();
        }
        return em.createNativeQuery("select setting_value from format_setting where format_id = ? and scope = ?"
                        + " and scope_ref = ? and setting_key = ?")
                .setParameter(1, formatId).setParameter(2, scope.name()).setParameter(3, ref)
                .setParameter(4, setting.key())
                .getResultStream().findFirst()
                .flatMap(value -> {
                    try {
                        return Optional.of(setting.type().parse(String.valueOf(value)));
                    } catch (IllegalArgumentException e) {
                        LOG.warning(() -> "Setting " + formatId + "." + setting.key() + " holds an unusable value: " + e.getMessage());
                        return Optional.empty();
                    }
                });
    }

    /** The text stored for a setting at a scope, if any (whether or not it still parses). */
    public Optional<String> storedText(String formatId, FormatSetting<?> setting, SettingScope scope, String ref) {
        return em.createNativeQuery("select setting_value from format_setting where format_id = ? and scope = ?"
                        + " and scope_ref = ? and setting_key = ?")
                .setParameter(1, formatId).setParameter(2, scope.name()).setParameter(3, ref)
                .setParameter(4, setting.key())
                .getResultStream().findFirst().map(String::valueOf);
    }

    /**
     * Stores a setting's value at a scope, replacing any there; {@code null} removes it (the wider scope's value
     * applies again). Runs in the caller's transaction, which records the change.
     *
     * @throws IllegalArgumentException when the setting may not be set at this scope or the text does not fit its type
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(String formatId, FormatSetting<?> setting, SettingScope scope, String ref, String text) {
        if (!setting.scopes().contains(scope)) {
            throw new IllegalArgumentException(formatId + "." + setting.key() + " is not set at " + scope);
        }
        if (text != null) {
            setting.type().parse(text);
        }
        em.createNativeQuery("delete from format_setting where format_id = ? and scope = ? and scope_ref = ?"
                        + " and setting_key = ?")
                .setParameter(1, formatId).setParameter(2, scope.name()).setParameter(3, ref)
                .setParameter(4, setting.key()).executeUpdate();
        if (text != null) {
            em.createNativeQuery("insert into format_setting (format_id, scope, scope_ref, setting_key, setting_value)"
                            + " values (?, ?, ?, ?, ?)")
                    .setParameter(1, formatId).setParameter(2, scope.name()).setParameter(3, ref)
                    .setParameter(4, setting.key()).setParameter(5, text).executeUpdate();
        }
    }
}

package org.plenary.platform.plugins;

import java.io.Serializable;
import java.util.List;

/**
 * A format as the plugins page lists it.
 *
 * @param id           the format's id
 * @param name         its name in the viewer's language
 * @param version      its version; null when its descriptor could not be read
 * @param state        STARTED, DISABLED or FAILED
 * @param reason       why it failed or is disabled, else null
 * @param migrations   how many of its migrations the database holds
 * @param dependencies the formats it needs, each with where it stands
 * @param enabled      whether the conference shown offers it (false on the platform's page)
 * @param sessions     how many of the conference's sessions are of it (0 on the platform's page)
 * @param settings     its settings at the page's scope
 */
public record FormatRow(String id, String name, String version, String state, String reason, int migrations,
                        List<String> dependencies, boolean enabled, long sessions, List<SettingField> settings)
        implements Serializable {

    public boolean started() {
        return "STARTED".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }
}

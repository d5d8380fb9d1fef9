package org.plenary.spi;

import jakarta.json.JsonObject;

/**
 * A format's own data for one session, for backups, moves between platforms and clean-up.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Every method runs inside the core's JTA transaction; the plugin's JTA persistence unit joins it.
 *       Throwing rolls the whole operation back.</li>
 *   <li>{@link #importSession(long, JsonObject)} given the output of {@link #exportSession(long)} restores the same
 *       data for the new session id: export then import is lossless.</li>
 *   <li>The JSON holds no core ids other than through the session it is keyed on: people and organisations are
 *       named by the keys {@link DataReferences} gives.</li>
 *   <li>The core calls the three-argument forms of export and import; their defaults call the two-argument forms,
 *       which every format implements. A format whose data names people or organisations overrides the
 *       three-argument forms, and may implement the others by passing {@link DataReferences#NONE}.</li>
 * </ul>
 *
 * @since 1.0
 */
public interface FormatData {

    /** A format that keeps no data of its own. */
    FormatData NONE = new FormatData() {
        @Override
        public JsonObject exportSession(long sessionId) {
            return jakarta.json.Json.createObjectBuilder().build();
        }

        @Override
        public void importSession(long sessionId, JsonObject data) {
        }

        @Override
        public void deleteSession(long sessionId) {
        }
    };

    /** This format's data for the session, as JSON; an empty object when it has none. */
    JsonObject exportSession(long sessionId);

    /**
     * This format's data for the session, naming people and organisations by {@code refs}' keys.
     *
     * @since 1.0
     */
    default JsonObject exportSession(long sessionId, DataReferences refs) {
        return exportSession(sessionId);
    }

    /**
     * Stores the data for the session, resolving the keys of people and organisations with {@code refs}.
     * Same contract as {@link #importSession(long, JsonObject)}.
     *
     * @since 1.0
     */
    default void importSession(long sessionId, JsonObject data, DataReferences refs) {
        importSession(sessionId, data);
    }

    /**
     * Stores the data for the session, which is new and has no data of this format yet. Throws
     * {@link IllegalArgumentException} with a readable message when the JSON is not acceptable.
     */
    void importSession(long sessionId, JsonObject data);

    /** Removes everything this format keeps for the session. Called before the core deletes the session. */
    void deleteSession(long sessionId);
}

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
 *   <li>The JSON holds no core ids other than through the session it is keyed on.</li>
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
     * Stores the data for the session, which is new and has no data of this format yet. Throws
     * {@link IllegalArgumentException} with a readable message when the JSON is not acceptable.
     */
    void importSession(long sessionId, JsonObject data);

    /** Removes everything this format keeps for the session. Called before the core deletes the session. */
    void deleteSession(long sessionId);
}

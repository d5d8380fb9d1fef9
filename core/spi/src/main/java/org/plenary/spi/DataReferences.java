package org.plenary.spi;

/**
 * How a format's exported data names the conference's people and organisations: by the keys of the export file
 * ({@code people[].key}, {@code organisations[].key}), never by the core's ids, which differ on the platform that
 * imports it. The core hands one to {@link FormatData#exportSession(long, DataReferences)} and
 * {@link FormatData#importSession(long, jakarta.json.JsonObject, DataReferences)}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>On export, {@link #personKey(long)} gives the key under which the person is written in the same file.</li>
 *   <li>On import, {@link #personId(String)} gives the id of the person the file's key was imported as, in the
 *       session's conference; an unknown key throws {@link IllegalArgumentException} with a readable message,
 *       which the import reports as a problem of the session's {@code data}.</li>
 *   <li>It is valid only during the call it is handed to.</li>
 * </ul>
 *
 * @since 1.0
 */
public interface DataReferences {

    /** For a session exported or imported without people (the keys are refused). */
    DataReferences NONE = new DataReferences() {
        @Override
        public String personKey(long personId) {
            throw new IllegalArgumentException("no person can be named here");
        }

        @Override
        public long personId(String key) {
            throw new IllegalArgumentException("'" + key + "' is not a person of this conference");
        }

        @Override
        public String organisationKey(long organisationId) {
            throw new IllegalArgumentException("no organisation can be named here");
        }

        @Override
        public long organisationId(String key) {
            throw new IllegalArgumentException("'" + key + "' is not an organisation of this conference");
        }
    };

    /** The file's key of a person of the session's conference. */
    String personKey(long personId);

    /** The id of the person the file's key stands for. */
    long personId(String key);

    /** The file's key of an organisation of the session's conference. */
    String organisationKey(long organisationId);

    /** The id of the organisation the file's key stands for. */
    long organisationId(String key);
}

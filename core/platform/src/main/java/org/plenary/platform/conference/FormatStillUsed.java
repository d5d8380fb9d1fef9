package org.plenary.platform.conference;

/** A format cannot be disabled in a conference while sessions of that conference are of it; nothing changed. */
public class FormatStillUsed extends RuntimeException {

    private final String formatId;
    private final long sessions;

    public FormatStillUsed(String formatId, long sessions) {
        super("format '" + formatId + "' is still used by " + sessions + " session(s)");
        this.formatId = formatId;
        this.sessions = sessions;
    }

    public String formatId() {
        return formatId;
    }

    /** How many sessions of the conference are still of the format. */
    public long sessions() {
        return sessions;
    }
}

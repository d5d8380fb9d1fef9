package org.plenary.spi;

/**
 * The life of a session in the programme.
 *
 * @since 1.0
 */
public enum SessionStatus {
    /** Being prepared; not shown to participants. */
    DRAFT,
    /** In the published programme. */
    SCHEDULED,
    /** Running now. */
    LIVE,
    /** Over; its recording, if any, is shown. */
    ENDED,
    /** Called off; still listed, marked as cancelled. */
    CANCELLED;

    /** Whether participants see the session in the programme. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}

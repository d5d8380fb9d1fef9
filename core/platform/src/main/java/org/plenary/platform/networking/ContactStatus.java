package org.plenary.platform.networking;

/** Where a contact request stands. */
public enum ContactStatus {
    /** Waiting for the other participant's answer. */
    PENDING,
    /** Both are in touch: each sees the other's address and may book a meeting. */
    ACCEPTED,
    /** The other participant said no; the asker is not told more than that. */
    DECLINED,
    /** The asker took the request back before it was answered. */
    WITHDRAWN
}

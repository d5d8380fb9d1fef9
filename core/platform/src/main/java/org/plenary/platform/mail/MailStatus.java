package org.plenary.platform.mail;

/** Where an e-mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt (the first one, or a retry after a failure). */
    PENDING,
    /** Claimed by one instance of the platform, which is sending it now. */
    SENDING,
    /** Handed to the SMTP server. */
    SENT
}

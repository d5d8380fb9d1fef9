package org.plenary.spi;

/**
 * The platform's outgoing mail, for plugins (a place freed on a waiting list, an invitation, a reminder, a contact
 * request). The core provides the implementation as a CDI bean; a plugin injects it with {@code @Inject Mailer}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #send} only queues the message, in the caller's JTA transaction: if that transaction rolls back,
 *       nothing is sent; once it commits, the platform sends it outside the request through its configured SMTP
 *       server and retries a failed send, so a slow or broken mail server never fails or slows the plugin's
 *       action.</li>
 *   <li>Nothing is sent twice for one call; a message is never lost once queued.</li>
 * </ul>
 *
 * @since 1.0
 */
public interface Mailer {

    /** Queues the message to be sent once the caller's transaction commits. */
    void send(MailMessage message);
}

package org.plenary.platform.questions;

/**
 * Tells every instance of the platform that a session's Q&amp;A changed, so that each pushes the new list to its own
 * viewers. Only the session's id travels: each instance reads the list from the database, which is the truth.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #publish(long)} never throws and returns at once; the notice reaches every instance that is up,
 *       this one included, at most once each (none is kept for an instance that joins later: the page it serves
 *       then is read from the database anyway).</li>
 *   <li>{@link #close()} stops listening; a closed relay publishes nothing.</li>
 * </ul>
 */
public interface SessionChangeRelay extends AutoCloseable {

    /** Tells every instance, this one included, that the session's Q&amp;A changed. */
    void publish(long sessionId);

    /** How it reaches the other instances, for the log and the health data: "local" or "data grid …". */
    String description();

    @Override
    void close();
}

package org.plenary.platform.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements the core's persistence unit sends, per thread, so that a page's query count can be
 * measured (tests assert the programme page sends a constant number whatever the number of sessions).
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void preExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
    }

    /** Statements sent by this thread since the last {@link #reset()}. */
    public static int count() {
        return COUNT.get()[0];
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }
}

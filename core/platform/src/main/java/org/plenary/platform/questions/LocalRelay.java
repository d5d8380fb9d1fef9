package org.plenary.platform.questions;

import java.util.function.LongConsumer;

/** The relay of a platform that runs alone (no data grid, e.g. Payara Micro with {@code --nocluster}): this instance only. */
final class LocalRelay implements SessionChangeRelay {

    private final LongConsumer receiver;
    private volatile boolean closed;

    LocalRelay(LongConsumer receiver) {
        this.receiver = receiver;
    }

    @Override
    public void publish(long sessionId) {
        if (!closed) {
            receiver.accept(sessionId);
        }
    }

    @Override
    public String description() {
        return "local";
    }

    @Override
    public void close() {
        closed = true;
    }
}

package org.plenary.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up (migrations, plugin registry, demo) has finished, and what went wrong if it failed. */
@ApplicationScoped
public class PlatformState {

    private volatile boolean ready;
    private volatile String failure;

    void ready() {
        this.ready = true;
    }

    void failed(String reason) {
        this.failure = reason;
    }

    public boolean isReady() {
        return ready && failure == null;
    }

    public String failure() {
        return failure;
    }
}

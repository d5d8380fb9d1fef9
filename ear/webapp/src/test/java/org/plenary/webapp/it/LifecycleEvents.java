package org.plenary.webapp.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.plenary.spi.event.SessionDeleted;
import org.plenary.spi.event.SessionEnded;
import org.plenary.spi.event.SessionScheduled;
import org.plenary.spi.event.SessionStarted;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Deployed with a test: writes down the session lifecycle events a plugin would observe, as plain words. */
@ApplicationScoped
public class LifecycleEvents {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    void scheduled(@Observes SessionScheduled e) {
        seen.add("scheduled " + e.sessionId());
    }

    void started(@Observes SessionStarted e) {
        seen.add("started " + e.sessionId());
    }

    void ended(@Observes SessionEnded e) {
        seen.add("ended " + e.sessionId());
    }

    void deleted(@Observes SessionDeleted e) {
        seen.add("deleted " + e.sessionId());
    }

    public List<String> of(long sessionId) {
        return seen.stream().filter(s -> s.endsWith(" " + sessionId)).map(s -> s.substring(0, s.indexOf(' '))).toList();
    }
}

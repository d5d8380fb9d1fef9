package org.plenary.platform.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Where changes of Q&amp;A go once committed: to the {@link SessionChangeRelay} (every instance hears of them) and,
 * on each instance, into the set of sessions to push at the next flush ({@link QuestionPushes}). The set is all the
 * live state an instance keeps, and it holds only session ids: what is pushed is read from the database then, so a
 * burst of votes becomes one push, and any instance pushes the same.
 */
@ApplicationScoped
public class LiveQuestions {

    private static final Logger LOG = Logger.getLogger(LiveQuestions.class.getName());

    private final Set<Long> changed = ConcurrentHashMap.newKeySet();
    private volatile SessionChangeRelay relay = new LocalRelay(changed::add);

    /** Joins the data grid when this instance is a member of one; else changes stay on this instance. */
    synchronized void connect() {
        relay.close();
        SessionChangeRelay joined;
        try {
            joined = DataGridRelay.join(this::heard).orElseGet(() -> new LocalRelay(this::heard));
        } catch (LinkageError e) {
            joined = new LocalRelay(this::heard); // no Hazelcast classes: not on Payara
        }
        relay = joined;
        LOG.info(() -> "Q&A changes reach the viewers through the " + relay.description() + " relay");
    }

    synchronized void disconnect() {
        relay.close();
    }

    /** The relay in use. */
    public SessionChangeRelay relay() {
        return relay;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuestionsChanged change) {
        relay.publish(change.sessionId());
    }

    /** A change the relay brought (from this instance or another): pushed at the next flush. */
    void heard(long sessionId) {
        changed.add(sessionId);
    }

    /** The sessions changed since the last call, each once. */
    List<Long> takeChanged() {
        List<Long> taken = new ArrayList<>();
        for (Long id : changed) {
            if (changed.remove(id)) {
                taken.add(id);
            }
        }
        return taken;
    }
}

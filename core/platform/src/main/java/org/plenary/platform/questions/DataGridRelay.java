package org.plenary.platform.questions;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The relay over Payara's Hazelcast data grid (JNDI {@value #JNDI}): a topic, {@value #TOPIC}, whose messages are
 * session ids; every member of the grid, this one included, hears each. Payara Micro has the grid unless started
 * with {@code --nocluster}; its members find each other as configured ({@code --clustermode tcpip:…}).
 */
final class DataGridRelay implements SessionChangeRelay {

    static final String JNDI = "payara/Hazelcast";
    static final String TOPIC = "plenary.questions.changed";

    private static final Logger LOG = Logger.getLogger(DataGridRelay.class.getName());

    private final HazelcastInstance grid;
    private final ITopic<Long> topic;
    private final UUID listener;
    private volatile boolean closed;

    private DataGridRelay(HazelcastInstance grid, LongConsumer receiver) {
        this.grid = grid;
        this.topic = grid.getTopic(TOPIC);
        this.listener = topic.addMessageListener(message -> receiver.accept(message.getMessageObject()));
    }

    /** The relay over the data grid, when this platform is a member of one that runs; else empty. */
    static Optional<SessionChangeRelay> join(LongConsumer receiver) {
        Object found;
        try {
            found = InitialContext.doLookup(JNDI);
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.fine(() -> "no data grid at " + JNDI + ": " + e);
            return Optional.empty();
        }
        if (!(found instanceof HazelcastInstance grid) || !grid.getLifecycleService().isRunning()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DataGridRelay(grid, receiver));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the data grid's topic " + TOPIC + " could not be joined; changes stay on this instance", e);
            return Optional.empty();
        }
    }

    @Override
    public void publish(long sessionId) {
        if (closed) {
            return;
        }
        try {
            topic.publish(sessionId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not relay a change of session " + sessionId + " through the data grid", e);
        }
    }

    @Override
    public String description() {
        return "data grid topic " + TOPIC + " (" + grid.getCluster().getMembers().size() + " members)";
    }

    @Override
    public void close() {
        closed = true;
        try {
            topic.removeMessageListener(listener);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the data grid was gone before its listener", e);
        }
    }
}

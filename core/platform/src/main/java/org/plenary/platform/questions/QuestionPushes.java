package org.plenary.platform.questions;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes changed Q&amp;A to the viewers of this instance, coalesced: every {@code plenary.questions.pushMillis}
 * (250 ms), each session changed since the last flush is read once from the database and sent once to its
 * participants' sockets ({@link QuestionSocket}) and signalled once to its moderators' pages ({@link ModeratorSignal}).
 * However many votes a session gets, its viewers get at most four pushes a second.
 */
@Startup
@Singleton
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QuestionPushes {

    private static final Logger LOG = Logger.getLogger(QuestionPushes.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    LiveQuestions live;

    @Inject
    QuestionViewers viewers;

    @Inject
    PublicQuestions publicQuestions;

    @Inject
    ModeratorSignal moderators;

    @Inject
    QuestionLimits limits;

    private final AtomicLong pushes = new AtomicLong();
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        live.connect();
        long every = limits.pushEvery().toMillis();
        schedule = scheduler.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
        live.disconnect();
    }

    /** Pushes every session changed since the last flush, once each. */
    public void flush() {
        for (long sessionId : live.takeChanged()) {
            try {
                if (viewers.count(sessionId) > 0) {
                    viewers.send(sessionId, publicQuestions.of(sessionId).toString());
                }
                moderators.changed(sessionId);
                pushes.incrementAndGet();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not push the questions of session " + sessionId, e);
            }
        }
    }

    /** How many sessions this instance pushed since it started (one per session and flush). */
    public long pushCount() {
        return pushes.get();
    }
}

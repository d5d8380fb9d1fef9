package org.plenary.platform.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How much one account may ask and vote, and how often viewers are pushed the list (MicroProfile Config):
 * <ul>
 *   <li>{@code plenary.questions.perMinute} (3): questions one account may ask in a minute, over all sessions;</li>
 *   <li>{@code plenary.questions.votesPerMinute} (30): votes one account may cast in a minute;</li>
 *   <li>{@code plenary.questions.pushMillis} (250): how long changes gather before viewers are pushed the list, so
 *       that a session's viewers get at most 1000 / pushMillis pushes a second however fast votes come.</li>
 * </ul>
 * Both limits count rows of the database over the last minute, so every instance of a cluster sees the same.
 */
@ApplicationScoped
public class QuestionLimits {

    static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "plenary.questions.perMinute", defaultValue = "3")
    int questionsPerMinute;

    @Inject
    @ConfigProperty(name = "plenary.questions.votesPerMinute", defaultValue = "30")
    int votesPerMinute;

    @Inject
    @ConfigProperty(name = "plenary.questions.pushMillis", defaultValue = "250")
    long pushMillis;

    public int questionsPerMinute() {
        return Math.max(1, questionsPerMinute);
    }

    public int votesPerMinute() {
        return Math.max(1, votesPerMinute);
    }

    /** The flush interval, at least 50 ms. */
    public Duration pushEvery() {
        return Duration.ofMillis(Math.max(50, pushMillis));
    }
}

package org.plenary.webapp.it.qa;

import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.LiveFeature;
import org.plenary.spi.SessionFormat;

import java.util.Set;

/**
 * A test-only format that switches the core's Q&amp;A on and has nothing else: the Q&amp;A tests do not depend on any
 * bundled plugin declaring it. Deployed by {@code QuestionsIT} and, as its own JAR, in the browser tests' platform.
 */
@ApplicationScoped
public class TownHallFormat implements SessionFormat {

    public static final String ID = "town-hall";

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of(ID, "1.0.0", "[1.0,2.0)");
    }

    @Override
    public Set<LiveFeature> liveFeatures() {
        return Set.of(LiveFeature.STREAM, LiveFeature.QUESTIONS);
    }
}

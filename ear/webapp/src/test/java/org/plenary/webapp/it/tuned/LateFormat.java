package org.plenary.webapp.it.tuned;

import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.SessionFormat;

/** A format written for a core that does not exist yet: FAILED, with its reason on the plugins page. */
@ApplicationScoped
public class LateFormat implements SessionFormat {

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("late", "2.0.0", "[9.0,)");
    }
}

package org.plenary.webapp.it.broken;

import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.SessionFormat;

/** A format written for a core that does not exist yet. */
@ApplicationScoped
public class FutureCoreFormat implements SessionFormat {

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("from-the-future", "3.0.0", "[9.0,)");
    }
}

package org.plenary.webapp.it.broken;

import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.SessionFormat;

/** A format whose start fails, as a plugin that cannot reach a service it needs would. */
@ApplicationScoped
public class FailingStartFormat implements SessionFormat {

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("broken", "1.0.0", "[1.0,2.0)");
    }

    @Override
    public void start() {
        throw new IllegalStateException("the stream server is unreachable");
    }
}

package org.plenary.webapp.it.broken;

import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.SessionFormat;

/** A healthy format that depends on the keynote: it must start, after the keynote. */
@ApplicationScoped
public class DependentFormat implements SessionFormat {

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("keynote-companion", "1.0.0", "[1.0,2.0)").dependingOn("keynote");
    }
}

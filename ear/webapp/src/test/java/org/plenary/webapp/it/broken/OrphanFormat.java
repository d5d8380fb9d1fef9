package org.plenary.webapp.it.broken;

import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.SessionFormat;

/** A format that depends on a format nobody installed. */
@ApplicationScoped
public class OrphanFormat implements SessionFormat {

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("orphan", "1.0.0", "[1.0,2.0)").dependingOn("absent-format");
    }
}

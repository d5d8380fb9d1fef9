package org.plenary.webapp.it.broken;

import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.SessionFormat;

/** One of two plugins that claim the same id. */
@ApplicationScoped
public class TwinOneFormat implements SessionFormat {

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("twin", "1.0.0", "[1.0,2.0)");
    }
}

package org.plenary.webapp.it.broken;

import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.SessionFormat;

/** A format whose migration fails (db/migration/bad-migration creates a table twice). */
@ApplicationScoped
public class BadMigrationFormat implements SessionFormat {

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("bad-migration", "1.0.0", "[1.0,2.0)");
    }
}

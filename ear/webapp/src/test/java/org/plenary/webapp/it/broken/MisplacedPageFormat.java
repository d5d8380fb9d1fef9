package org.plenary.webapp.it.broken;

import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.FormatPage;
import org.plenary.spi.SessionFormat;

import java.util.List;

/** A format that declares a page in another format's folder, where the core would not link it. */
@ApplicationScoped
public class MisplacedPageFormat implements SessionFormat {

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("misplaced", "1.0.0", "[1.0,2.0)");
    }

    @Override
    public List<FormatPage> pages() {
        return List.of(FormatPage.participant("misplaced", "hall"), FormatPage.participant("keynote", "hall"));
    }
}

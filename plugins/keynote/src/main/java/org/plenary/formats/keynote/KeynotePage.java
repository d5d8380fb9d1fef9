package org.plenary.formats.keynote;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.spi.FormatSettings;
import org.plenary.spi.SessionDetails;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs the keynote's part of the session page. */
@Named("keynotePage")
@RequestScoped
public class KeynotePage {

    @Inject
    KeynoteMaterials materials;

    @Inject
    FormatSettings settings;

    private final Map<Long, List<KeynoteResource>> read = new HashMap<>();

    /** The slides and links participants may see now (read once per request). */
    public List<KeynoteResource> resources(SessionDetails session) {
        return read.computeIfAbsent(session.id(), id -> {
            boolean shown = session.isEnded()
                    || settings.sessionValue(KeynoteFormat.DESCRIPTOR.id(), KeynoteFormat.RESOURCES_BEFORE_END, id);
            return shown ? materials.of(id) : List.of();
        });
    }
}

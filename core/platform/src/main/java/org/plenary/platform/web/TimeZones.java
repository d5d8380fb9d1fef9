package org.plenary.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The time zones a viewer may pick: the IANA region/city zones, sorted. */
@Named
@ApplicationScoped
public class TimeZones {

    private final List<String> ids = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+")
                    || id.equals("UTC"))
            .sorted().toList();

    public List<String> getIds() {
        return ids;
    }

    /** Names browsers give to UTC, which the picker calls "UTC". */
    private static final java.util.Set<String> UTC_NAMES = java.util.Set.of("Etc/UTC", "Etc/UCT", "Etc/GMT", "Etc/Universal",
            "Etc/Zulu", "Etc/Greenwich", "GMT", "UCT", "Universal", "Zulu", "Greenwich");

    /** The zone for a viewer-supplied id (or the browser's name for UTC), if it is one we offer. */
    public Optional<ZoneId> parse(String id) {
        if (id != null && UTC_NAMES.contains(id)) {
            id = "UTC";
        }
        if (id == null || !ids.contains(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

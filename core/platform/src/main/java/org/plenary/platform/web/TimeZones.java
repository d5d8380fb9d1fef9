package org.plenary.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The time zones a viewer may pick: UTC and the IANA region/city zones, sorted, and grouped by region for the
 * picker ("Tokyo" under "Asia"), which keeps the programme page light.
 */
@Named
@ApplicationScoped
public class TimeZones {

    private final List<String> ids = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+")
                    || id.equals("UTC"))
            .sorted().toList();

    /** Zones of one region, for an {@code <optgroup>}: {@code name()} and {@code zones()}. */
    public record Region(String name, List<Zone> zones) {
    }

    /** A zone as the picker lists it: its id and, under its region, the rest of its name ("Argentina / Buenos Aires"). */
    public record Zone(String id, String label) {
    }

    private final List<Region> regions = ids.stream().filter(id -> id.contains("/"))
            .collect(Collectors.groupingBy(id -> id.substring(0, id.indexOf('/')), TreeMap::new,
                    Collectors.mapping(id -> new Zone(id, id.substring(id.indexOf('/') + 1).replace('_', ' ').replace("/", " / ")),
                            Collectors.toList())))
            .entrySet().stream().map(e -> new Region(e.getKey(), List.copyOf(e.getValue()))).toList();

    public List<String> getIds() {
        return ids;
    }

    /** The zones other than UTC, by region. */
    public List<Region> getRegions() {
        return regions;
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

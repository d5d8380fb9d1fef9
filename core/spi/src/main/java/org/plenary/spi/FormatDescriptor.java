package org.plenary.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a format is and what it needs.
 *
 * <p>The {@code id} is kebab-case ({@code [a-z][a-z0-9]*(-[a-z0-9]+)*}, at most 40 characters). It is also the
 * URL segment of the format's pages, the prefix {@code fmt_<id>_} of its tables (hyphens become underscores), the
 * name of its migration folder and history table, and the prefix of its permissions and message keys.
 *
 * @param id          the format's id, unique in a platform
 * @param version     the plugin's version, {@code major.minor.patch} with an optional {@code -qualifier}
 * @param requiresCore the core versions this plugin works with, as a {@link VersionRange} (e.g. {@code [1.0,2.0)})
 * @param dependsOn   ids of other formats that must be started before this one
 * @param messages    the base name of the plugin's message bundle (holds {@code format.name})
 * @since 1.0
 */
public record FormatDescriptor(String id, String version, String requiresCore, Set<String> dependsOn, String messages) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?");
    /** Ids the core keeps for itself (its own migration folder, its own pages). */
    public static final Set<String> RESERVED_IDS = Set.of("core", "generic", "platform", "console", "api");

    public FormatDescriptor {
        dependsOn = dependsOn == null ? Set.of() : Set.copyOf(dependsOn);
    }

    /** A descriptor with no dependencies and the bundle {@code formats.<id>.messages}. */
    public static FormatDescriptor of(String id, String version, String requiresCore) {
        return new FormatDescriptor(id, version, requiresCore, Set.of(), "formats." + id + ".messages");
    }

    /** This descriptor with the given format dependencies. */
    public FormatDescriptor dependingOn(String... ids) {
        return new FormatDescriptor(id, version, requiresCore, Set.of(ids), messages);
    }

    /** What is wrong with this descriptor, in plain words; empty when it is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (id == null || id.length() > 40 || !ID.matcher(id).matches()) {
            problems.add("id '" + id + "' is not kebab-case of at most 40 characters");
        } else if (RESERVED_IDS.contains(id)) {
            problems.add("id '" + id + "' is reserved by the core");
        }
        if (version == null || !VERSION.matcher(version).matches()) {
            problems.add("version '" + version + "' is not major.minor.patch");
        }
        try {
            VersionRange.parse(requiresCore);
        } catch (IllegalArgumentException e) {
            problems.add("requiresCore: " + e.getMessage());
        }
        if (messages == null || messages.isBlank()) {
            problems.add("no message bundle named");
        }
        if (id != null && dependsOn.contains(id)) {
            problems.add("depends on itself");
        }
        return problems;
    }

    /** The prefix of every table this format owns, e.g. {@code fmt_solution_pitch_}. */
    public String tablePrefix() {
        return "fmt_" + Objects.requireNonNull(id).replace('-', '_') + "_";
    }

    /** The class-path folder of this format's Flyway migrations, e.g. {@code db/migration/keynote}. */
    public String migrationsLocation() {
        return "db/migration/" + id;
    }

    /** The Flyway history table of this format, e.g. {@code fmt_keynote_schema_history}. */
    public String historyTable() {
        return tablePrefix() + "schema_history";
    }
}

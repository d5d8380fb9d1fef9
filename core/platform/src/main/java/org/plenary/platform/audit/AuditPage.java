package org.plenary.platform.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.Action;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.console.ConsoleScope;
import org.plenary.platform.console.PagedRows;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /console/audit.xhtml}: with {@code c}, that conference's audit log (its organisers), times in the
 * conference's zone; without, the whole log (administrators), times in UTC. Newest first, a page at a time; the
 * caller's right is checked on every page read.
 */
@Named("auditPage")
@ViewScoped
public class AuditPage implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    ConsoleScope scope;

    @Inject
    AuditLog log;

    @Inject
    Conferences conferences;

    private String c;
    private String zone;
    private final PagedRows<AuditRow> rows = new PagedRows<>(this::count, this::page);

    /** The view action: checks the caller's right, and the zone times are shown in. */
    public void open() {
        Conference conference = conference();
        zone = conference == null ? "UTC" : conference.getTimeZone();
    }

    /** The conference of the page, once the caller may read its records; null for the whole log (administrators). */
    private Conference conference() {
        if (c == null || c.isEmpty()) {
            scope.getCaller().require(Action.RUN_PLATFORM);
            return null;
        }
        return scope.require(c, Action.READ_RECORDS);
    }

    private long count() {
        Conference conference = conference();
        return conference == null ? log.countAll() : log.countOfConference(conference.getId());
    }

    private List<AuditRow> page(int first, int size) {
        Conference conference = conference();
        List<AuditEntry> entries = conference == null ? log.all(first, size)
                : log.ofConference(conference.getId(), first, size);
        ZoneId in = conference == null ? ZoneOffset.UTC : conference.zone();
        Map<Long, String> slugs = conference == null
                ? conferences.all().stream().collect(Collectors.toMap(Conference::getId, Conference::getSlug))
                : Map.of(conference.getId(), conference.getSlug());
        return entries.stream().map(e -> new AuditRow(e.getId(), WHEN.format(e.getAt().atZone(in)), e.getActor(),
                e.getConferenceId() == null ? "" : slugs.getOrDefault(e.getConferenceId(), "#" + e.getConferenceId()),
                e.getAction(), e.getSubject(), e.getDetail())).toList();
    }

    /** The zone the times are shown in. */
    public String getZone() {
        return zone;
    }

    public boolean isWholeLog() {
        return c == null || c.isEmpty();
    }

    public PagedRows<AuditRow> getRows() {
        return rows;
    }

    public String getC() {
        return c;
    }

    public void setC(String c) {
        this.c = c;
    }
}

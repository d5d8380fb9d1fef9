package org.plenary.platform.audit;

import org.plenary.platform.console.PagedRows;

/**
 * An entry of the audit log as the audit page shows it.
 *
 * @param at         when, in the zone the page shows (the conference's, or UTC for the whole log)
 * @param conference the slug of the entry's conference; empty for a platform-wide change
 */
public record AuditRow(long id, String at, String actor, String conference, String action, String subject,
                       String detail) implements PagedRows.Row {
}

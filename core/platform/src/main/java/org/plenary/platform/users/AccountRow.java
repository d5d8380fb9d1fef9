package org.plenary.platform.users;

import org.plenary.platform.console.PagedRows;

import java.time.Instant;

/** An account as the users page lists it. */
public record AccountRow(long id, String email, String name, boolean enabled, boolean admin, boolean mustChangePassword,
                         Instant created) implements PagedRows.Row {
}

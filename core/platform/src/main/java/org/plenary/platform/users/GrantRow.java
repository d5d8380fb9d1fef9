package org.plenary.platform.users;

import org.plenary.platform.console.PagedRows;

/** A role held in a conference, as the roles page lists it: the grant's id keys it. */
public record GrantRow(long id, String email, String name, String role, boolean enabled) implements PagedRows.Row {
}

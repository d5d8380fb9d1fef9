package org.plenary.platform.people;

import org.plenary.platform.console.PagedRows;

import java.util.List;

/**
 * A person as the people page lists it, with the version it was read at (a change or deletion names it).
 *
 * @param sessions the titles of the sessions the person speaks in
 */
public record PersonRow(long id, long version, String name, String affiliation, String country, String bio,
                        Long organisationId, String organisation, List<String> sessions) implements PagedRows.Row {
}

package org.plenary.platform.people;

import java.io.Serializable;

/** An organisation as the people page lists it, with the version it was read at. */
public record OrganisationRow(long id, long version, String name, OrganisationKind kind, String website)
        implements Serializable {
}

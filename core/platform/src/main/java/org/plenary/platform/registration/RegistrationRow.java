package org.plenary.platform.registration;

import org.plenary.platform.console.PagedRows;

import java.util.List;

/** A registration as the console's list shows it; times already at the venue. */
public record RegistrationRow(long id, String name, String email, String organisation, String country,
                              String countryName, ParticipantCategory category, List<String> languages,
                              List<String> interests, boolean listed, RegistrationStatus status, String registered)
        implements PagedRows.Row {

    public RegistrationRow {
        languages = List.copyOf(languages);
        interests = List.copyOf(interests);
    }

    public boolean isPending() {
        return status == RegistrationStatus.PENDING;
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }
}

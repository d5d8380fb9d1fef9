package org.plenary.formats.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** One panellist's place: the core's id of the person, and an optional line on what they bring to this panel. */
@Embeddable
public class Seat {

    static final int MAX_ROLE = 150;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "role")
    private String role;

    protected Seat() {
    }

    /** A seat; a blank role is none. The role's length is one of {@link LineUp}'s rules. */
    public Seat(long personId, String role) {
        this.personId = personId;
        this.role = role == null || role.isBlank() ? null : role.strip();
    }

    public long getPersonId() {
        return personId;
    }

    /** The role line, or null. */
    public String getRole() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seat s && s.personId == personId && Objects.equals(s.role, role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId, role);
    }
}

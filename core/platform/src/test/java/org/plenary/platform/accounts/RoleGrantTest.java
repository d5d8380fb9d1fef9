package org.plenary.platform.accounts;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RoleGrantTest {

    private final Account ana = new Account("  Ana.Silva@Example.ORG ", " Ana ", "hash", Instant.EPOCH);

    @Test
    void anEmailAddressIsKeptTrimmedAndLowerCased() {
        assertEquals("ana.silva@example.org", ana.getEmail());
        assertEquals("Ana", ana.getDisplayName());
    }

    @Test
    void adminHoldsPlatformWideOnly() {
        assertNull(RoleGrant.platformWide(ana, Role.ADMIN).getConferenceId());
        assertThrows(IllegalArgumentException.class, () -> RoleGrant.inConference(ana, Role.ADMIN, 7));
    }

    @Test
    void conferenceRolesNeedAConference() {
        assertEquals(7L, RoleGrant.inConference(ana, Role.ORGANISER, 7).getConferenceId());
        for (Role role : Role.values()) {
            if (!role.isPlatformWide()) {
                assertThrows(IllegalArgumentException.class, () -> RoleGrant.platformWide(ana, role), role.name());
            }
        }
    }
}

package org.plenary.platform.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.plenary.platform.persistence.Identified;

import java.util.Objects;

/**
 * A role given to an account: platform-wide ({@link Role#ADMIN}, no conference) or in one conference (every other
 * role, with the conference's id). The database refuses any other combination too.
 */
@Entity
@Table(name = "role_grant")
public class RoleGrant extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "conference_id")
    private Long conferenceId;

    protected RoleGrant() {
    }

    private RoleGrant(Account account, Role role, Long conferenceId) {
        this.account = Objects.requireNonNull(account, "account");
        this.role = Objects.requireNonNull(role, "role");
        this.conferenceId = conferenceId;
    }

    /** A platform-wide role. */
    public static RoleGrant platformWide(Account account, Role role) {
        if (!role.isPlatformWide()) {
            throw new IllegalArgumentException(role + " is given in a conference, not platform-wide");
        }
        return new RoleGrant(account, role, null);
    }

    /** A role in one conference. */
    public static RoleGrant inConference(Account account, Role role, long conferenceId) {
        if (role.isPlatformWide()) {
            throw new IllegalArgumentException(role + " is platform-wide, not given in a conference");
        }
        return new RoleGrant(account, role, conferenceId);
    }

    public Account getAccount() {
        return account;
    }

    public Role getRole() {
        return role;
    }

    /** The conference the role holds in; {@code null} for a platform-wide role. */
    public Long getConferenceId() {
        return conferenceId;
    }
}

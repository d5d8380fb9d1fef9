package org.plenary.platform.accounts;

/**
 * What an account may do. {@link #ADMIN} holds for the whole platform; every other role holds in one conference
 * (a {@link RoleGrant} names it). The role's name is also the security group the identity store gives the caller.
 */
public enum Role {

    /** Runs the platform: every conference, plugins, users. */
    ADMIN(true),
    /** Builds and runs one conference. */
    ORGANISER(false),
    /** Runs the live part of a conference's sessions (Q&amp;A, polls). */
    MODERATOR(false),
    /** Speaks in a conference. */
    SPEAKER(false),
    /** Represents a partner organisation in a conference. */
    PARTNER(false),
    /** Takes part in a conference. */
    PARTICIPANT(false);

    private final boolean platformWide;

    Role(boolean platformWide) {
        this.platformWide = platformWide;
    }

    /** Whether the role holds for the whole platform (no conference) rather than in one conference. */
    public boolean isPlatformWide() {
        return platformWide;
    }
}

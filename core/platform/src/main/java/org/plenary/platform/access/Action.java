package org.plenary.platform.access;

/** Something a signed-in caller may be allowed to do, platform-wide or in one conference. */
public enum Action {
    /** Change a conference's identity, dates, languages, days and tracks, formats; publish it. */
    EDIT_CONFERENCE,
    /** Create, change, move and delete sessions. */
    EDIT_PROGRAMME,
    /** Keep the conference's people and organisations. */
    EDIT_PEOPLE,
    /** Give and take the conference's roles (never ADMIN). */
    GRANT_ROLES,
    /** Read the conference's audit log and export its sessions and people. */
    READ_RECORDS,
    /** See, search and export the conference's registrations; send confirmation links again; cancel registrations. */
    MANAGE_REGISTRATIONS,
    /** Moderate the live part of sessions (questions, polls). */
    MODERATE,
    /** Platform-wide only: create conferences. */
    CREATE_CONFERENCE,
    /** Platform-wide only: plugins' platform settings, every account, the whole audit log. */
    RUN_PLATFORM
}

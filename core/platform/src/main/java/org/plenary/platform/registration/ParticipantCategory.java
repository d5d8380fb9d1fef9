package org.plenary.platform.registration;

/**
 * What a registrant is, as they say when registering: the audiences of an event such as Mobile Learning Week. The
 * labels are in {@code org.plenary.platform.registration.messages} ({@code category.<NAME>}); the directory and the
 * reports group by it.
 */
public enum ParticipantCategory {
    MINISTER,
    POLICY_MAKER,
    RESEARCHER,
    TEACHER,
    PRIVATE_SECTOR,
    CIVIL_SOCIETY,
    OTHER
}

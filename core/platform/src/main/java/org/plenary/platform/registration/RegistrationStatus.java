package org.plenary.platform.registration;

/** Where a {@link Registration} stands. */
public enum RegistrationStatus {
    /** Made by someone not signed in; waits for its e-mail address to be confirmed through the link sent to it. */
    PENDING,
    /** The registrant is expected: confirmed through the link, or made by a signed-in participant. */
    CONFIRMED,
    /** Withdrawn: kept as a record, no longer counted towards the conference's cap. */
    CANCELLED;

    /** Whether a registration in this state holds a place (counts towards the cap). */
    public boolean holdsPlace() {
        return this != CANCELLED;
    }
}

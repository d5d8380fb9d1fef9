package org.plenary.spi;

import java.util.Optional;

/**
 * Who is calling, and what they may do, for plugins' pages and beans. The core provides the implementation as a CDI
 * bean; a plugin injects it with {@code @Inject Viewers}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #current()} is the caller of the current request (signed in through the platform's form or an API
 *       token); it is empty for an anonymous caller and outside a request.</li>
 *   <li>Rights are read from the database on every request, so a role taken away holds at once. Plugins never trust
 *       an account id from a form: they act for {@link #current()} and check rights here.</li>
 *   <li>Every method reads within the caller's transaction, if any.</li>
 * </ul>
 *
 * @since 1.0
 */
public interface Viewers {

    /** The signed-in caller of this request, if any. */
    Optional<Viewer> current();

    /** An account by id, if it exists and is enabled. */
    Optional<Viewer> account(long accountId);

    /** An account by e-mail address (any case), if it exists and is enabled: what an organiser types to name one. */
    Optional<Viewer> byEmail(String email);

    /** Whether the current caller organises the conference (its organisers and the platform's administrators). */
    boolean mayOrganise(String conferenceSlug);

    /** Whether the current caller runs the live part of its sessions (moderators, organisers, administrators). */
    boolean mayModerate(String conferenceSlug);

    /**
     * The account's registration to the conference, if it holds one that is not cancelled (pending confirmation or
     * confirmed).
     */
    Optional<ParticipantProfile> registration(String conferenceSlug, long accountId);
}

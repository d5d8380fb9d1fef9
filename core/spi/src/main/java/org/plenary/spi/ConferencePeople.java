package org.plenary.spi;

import java.util.List;
import java.util.Optional;

/**
 * Read access to a conference's people and organisations, for plugins that name them (a panel's moderator, a
 * workshop's trainers, the partner behind a pitch). The core provides the implementation as a CDI bean; a plugin
 * injects it with {@code @Inject ConferencePeople}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Plugins keep the ids as plain columns and never read the core's tables; a person or organisation that the
 *       core deleted is simply absent ({@link Optional#empty()}), and the plugin shows nothing for it.</li>
 *   <li>An id from a form or a request is never trusted: check {@code conferenceSlug()} of what comes back against
 *       the session's conference before keeping it.</li>
 *   <li>Lists are ordered by name; every method reads within the caller's transaction, if any.</li>
 * </ul>
 *
 * @since 1.0
 */
public interface ConferencePeople {

    /** The conference's people, by name; empty for an unknown conference. */
    List<PersonRef> people(String conferenceSlug);

    /** One person, whatever the conference. */
    Optional<PersonRef> person(long personId);

    /** The conference's organisations, by name; empty for an unknown conference. */
    List<OrganisationRef> organisations(String conferenceSlug);

    /** One organisation, whatever the conference. */
    Optional<OrganisationRef> organisation(long organisationId);
}

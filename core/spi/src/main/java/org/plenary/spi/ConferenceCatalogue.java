package org.plenary.spi;

import java.util.Optional;

/**
 * Read access to the platform's conferences, for plugins with conference-wide pages or rules (an exhibition hall that
 * stays online for months after the last day). The core provides the implementation as a CDI bean; a plugin injects
 * it with {@code @Inject ConferenceCatalogue}.
 *
 * @since 1.0
 */
public interface ConferenceCatalogue {

    /** The conference with this slug, published or not; empty when there is none. */
    Optional<ConferenceRef> conference(String slug);

    /** The conference a session belongs to; empty for an unknown session. */
    Optional<ConferenceRef> ofSession(long sessionId);
}

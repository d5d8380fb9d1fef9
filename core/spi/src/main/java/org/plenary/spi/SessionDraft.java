package org.plenary.spi;

import java.time.Instant;

/**
 * What a format may check of a session before it is saved (see {@link SessionFormat#validate(SessionDraft)}).
 *
 * @param title        the title
 * @param start        start, UTC
 * @param end          end, UTC
 * @param speakerCount how many speakers it has
 * @param capacity     the capacity set for it, or null
 * @since 1.0
 */
public record SessionDraft(String title, Instant start, Instant end, int speakerCount, Integer capacity) {
}

package org.plenary.spi;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A conference as the core shows it to plugins.
 *
 * @param slug      the conference's URL name (what plugins key their conference-wide rows on)
 * @param title     the title, plain text
 * @param zone      the conference's time zone
 * @param firstDay  its first day, in its zone
 * @param lastDay   its last day, in its zone
 * @param published whether participants see it
 * @since 1.0
 */
public record ConferenceRef(String slug, String title, ZoneId zone, LocalDate firstDay, LocalDate lastDay,
                            boolean published) {
}

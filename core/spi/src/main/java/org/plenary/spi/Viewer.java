package org.plenary.spi;

import java.time.ZoneId;
import java.util.Locale;

/**
 * A signed-in account as plugins see it: who is looking at a page, who enrols, who is on a stand's team. Plugins keep
 * {@link #accountId()} as a plain column and ask {@link Viewers} for the rest when they show it.
 *
 * @param accountId   the core's id of the account
 * @param email       the account's e-mail address (normalised to lower case)
 * @param displayName the name the account shows, plain text
 * @param language    the language the account prefers (for its e-mails); English when it chose none
 * @param zone        the time zone the account prefers, or {@code null} when it chose none
 * @since 1.0
 */
public record Viewer(long accountId, String email, String displayName, Locale language, ZoneId zone) {
}

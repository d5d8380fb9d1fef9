package org.plenary.spi;

import java.util.List;

/**
 * What a participant gave when registering for a conference, as a plugin may pass it on with the participant's
 * consent (a "contact us" request to a partner's stand, a trainer's list of enrolled people).
 *
 * @param accountId    the account's id
 * @param name         the name given at registration, plain text
 * @param email        the e-mail address
 * @param organisation the organisation given, plain text (may be empty)
 * @param country      ISO 3166-1 alpha-2 code, or empty
 * @param category     the participant category's name (e.g. {@code TEACHER}), or empty
 * @param languages    the languages spoken, BCP 47 tags
 * @since 1.0
 */
public record ParticipantProfile(long accountId, String name, String email, String organisation, String country,
                                 String category, List<String> languages) {

    public ParticipantProfile {
        languages = List.copyOf(languages);
    }
}

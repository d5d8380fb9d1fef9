package org.plenary.platform.registration;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a registrant says about themselves for one conference, already checked (see {@link RegistrationForm}).
 *
 * @param category     what they are
 * @param organisation where they work; null when not given
 * @param country      ISO 3166-1 alpha-2 code, upper case
 * @param languages    BCP 47 tags of the languages they speak, in the order given
 * @param zone         the time zone they read times in
 * @param interests    short lower-cased tags, for the directory
 * @param listed       whether they agree to be listed in the conference's directory of participants
 */
public record RegistrantDetails(ParticipantCategory category, String organisation, String country,
                                List<String> languages, ZoneId zone, List<String> interests, boolean listed) {

    public RegistrantDetails {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(zone, "zone");
        country = country.toUpperCase(Locale.ROOT);
        languages = List.copyOf(languages);
        interests = List.copyOf(interests);
    }
}

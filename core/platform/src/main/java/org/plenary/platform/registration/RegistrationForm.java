package org.plenary.platform.registration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.plenary.platform.accounts.Account;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What someone enters on the registration page. Field names are those of the page's inputs, so problems land next
 * to them. Name and e-mail matter only to someone not signed in (a signed-in participant's account gives them).
 */
public class RegistrationForm implements Serializable {

    /** The interests a registrant may give, and the longest of each. */
    public static final int MAX_INTERESTS = 10;
    public static final int MAX_INTEREST_LENGTH = 40;
    public static final int MAX_LANGUAGES = 10;

    @Size(max = 200, message = "{plenary.registration.tooLong}")
    private String name;

    @Email(message = "{plenary.registration.email}")
    @Size(max = Account.EMAIL_MAX, message = "{plenary.registration.tooLong}")
    private String email;

    @Size(max = 200, message = "{plenary.registration.tooLong}")
    private String organisation;

    @NotBlank(message = "{plenary.registration.country}")
    private String country;

    @NotNull(message = "{plenary.registration.category}")
    private ParticipantCategory category;

    private List<String> languages = new ArrayList<>();

    @NotBlank(message = "{plenary.timeZone}")
    private String timeZone;

    @Size(max = 500, message = "{plenary.registration.tooLong}")
    private String interests;

    private boolean privacy;

    private boolean listed;

    @AssertTrue(message = "{plenary.registration.country}")
    public boolean isCountryKnown() {
        return country == null || country.isBlank() || Set.of(Locale.getISOCountries()).contains(country.strip().toUpperCase(Locale.ROOT));
    }

    @AssertTrue(message = "{plenary.timeZone}")
    public boolean isTimeZoneKnown() {
        if (timeZone == null || timeZone.isBlank()) {
            return true;
        }
        try {
            ZoneId.of(timeZone.strip());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    @AssertTrue(message = "{plenary.registration.languages}")
    public boolean isLanguagesKnown() {
        Set<String> known = Set.of(Locale.getISOLanguages());
        return languages == null || languages.size() <= MAX_LANGUAGES
                && languages.stream().allMatch(tag -> tag != null && known.contains(tag));
    }

    @AssertTrue(message = "{plenary.registration.interests}")
    public boolean isInterestsShort() {
        List<String> tags = interestList();
        return tags.size() <= MAX_INTERESTS && tags.stream().allMatch(t -> t.length() <= MAX_INTEREST_LENGTH);
    }

    @AssertTrue(message = "{plenary.registration.privacy}")
    public boolean isPrivacyGiven() {
        return privacy;
    }

    /** The interests as tags: split at commas or semicolons, trimmed, lower-cased, without repeats. */
    public List<String> interestList() {
        if (interests == null || interests.isBlank()) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        Arrays.stream(interests.split("[,;\\n]")).map(t -> t.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).forEach(tags::add);
        return List.copyOf(tags);
    }

    /** The details of a checked form. */
    public RegistrantDetails details() {
        return new RegistrantDetails(category, organisation == null || organisation.isBlank() ? null : organisation.strip(),
                country.strip().toUpperCase(Locale.ROOT), languages == null ? List.of() : List.copyOf(new LinkedHashSet<>(languages)),
                ZoneId.of(timeZone.strip()), interestList(), listed);
    }

    /** The form filled with what a registrant said for another conference (a signed-in participant's next one). */
    public void prefillFrom(Registration earlier) {
        organisation = earlier.getOrganisation();
        country = earlier.getCountry();
        category = earlier.getCategory();
        languages = new ArrayList<>(earlier.getLanguages());
        interests = String.join(", ", earlier.getInterests());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public ParticipantCategory getCategory() {
        return category;
    }

    public void setCategory(ParticipantCategory category) {
        this.category = category;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public boolean isPrivacy() {
        return privacy;
    }

    public void setPrivacy(boolean privacy) {
        this.privacy = privacy;
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }
}

package org.plenary.platform.conference;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/** What an organiser enters to create or change a conference (console form and API body alike). */
public class ConferenceForm implements Serializable {

    @NotBlank
    @Pattern(regexp = Conference.SLUG_PATTERN, message = "{plenary.slug}")
    private String slug;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 40)
    private String acronym;

    @Size(max = 8000)
    private String description;

    @NotBlank
    private String timeZone = "UTC";

    @NotNull
    private LocalDate firstDay;

    @NotNull
    private LocalDate lastDay;

    @NotBlank
    @Size(max = 200)
    private String languages = "en";

    @Email
    @Size(max = 200)
    private String contactEmail;

    /** The version the organiser started from (optimistic locking); ignored when creating. */
    private long version;

    public static ConferenceForm of(Conference c) {
        ConferenceForm f = new ConferenceForm();
        f.slug = c.getSlug();
        f.title = c.getTitle();
        f.acronym = c.getAcronym();
        f.description = c.getDescription();
        f.timeZone = c.getTimeZone();
        f.firstDay = c.getFirstDay();
        f.lastDay = c.getLastDay();
        f.languages = String.join(", ", c.getLanguages());
        f.contactEmail = c.getContactEmail();
        f.version = c.getVersion();
        return f;
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

    @AssertTrue(message = "{plenary.datesOrder}")
    public boolean isDatesInOrder() {
        return firstDay == null || lastDay == null || !lastDay.isBefore(firstDay);
    }

    @AssertTrue(message = "{plenary.datesSpan}")
    public boolean isDatesSpanReasonable() {
        return firstDay == null || lastDay == null || firstDay.plusDays(60).isAfter(lastDay);
    }

    @AssertTrue(message = "{plenary.languages}")
    public boolean isLanguagesWellFormed() {
        if (languages == null || languages.isBlank()) {
            return true;
        }
        try {
            for (String tag : languageList()) {
                new Locale.Builder().setLanguageTag(tag);
                if (!tag.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
                    return false;
                }
            }
            return !languageList().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** The language tags, in order, without blanks. */
    public List<String> languageList() {
        return Arrays.stream(languages.split("[,\\s]+")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone.strip());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug == null ? null : slug.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package org.plenary.platform.conference;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.plenary.platform.languages.Translation;
import org.plenary.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** An event: its identity, its time zone and dates, its days and tracks, and the formats it uses. */
@Entity
@Table(name = "conference")
public class Conference extends Identified {

    public static final String SLUG_PATTERN = "[a-z0-9][a-z0-9-]{1,59}";

    @NotBlank
    @Pattern(regexp = SLUG_PATTERN, message = "{plenary.slug}")
    private String slug;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 40)
    private String acronym;

    @Size(max = 8000)
    private String description;

    @NotNull
    @Column(name = "time_zone")
    private String timeZone;

    @NotNull
    @Column(name = "first_day")
    private LocalDate firstDay;

    @NotNull
    @Column(name = "last_day")
    private LocalDate lastDay;

    /** BCP 47 language tags, comma-separated, the first being the conference's main language. */
    @NotBlank
    @Size(max = 200)
    private String languages;

    @Email
    @Size(max = 200)
    @Column(name = "contact_email")
    private String contactEmail;

    private boolean published;

    /** At most this many registrations hold a place; null: no cap. */
    @Column(name = "registration_cap")
    private Integer registrationCap;

    /** UTC wall-clock from which nobody registers; null: registration stays open. */
    @Column(name = "registration_closes_at")
    private LocalDateTime registrationClosesAtUtc;

    /** The privacy notice registrants consent to; null: the platform's own text. */
    @Size(max = 8000)
    @Column(name = "privacy_notice")
    private String privacyNotice;

    @Version
    @Column(nullable = false)
    private long version;

    @OneToMany(mappedBy = "conference", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    private List<ConferenceDay> days = new ArrayList<>();

    @OneToMany(mappedBy = "conference", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Track> tracks = new ArrayList<>();

    /** The title and description in the conference's other languages (V7). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "conference_translation", joinColumns = @JoinColumn(name = "conference_id"))
    @AttributeOverride(name = "text", column = @Column(name = "description"))
    private List<Translation> translations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "conference_format", joinColumns = @JoinColumn(name = "conference_id"))
    @Column(name = "format_id")
    private Set<String> enabledFormats = new HashSet<>();

    protected Conference() {
    }

    public Conference(String slug, String title, ZoneId zone, LocalDate firstDay, LocalDate lastDay, List<String> languages) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the last day " + lastDay + " comes before the first day " + firstDay);
        }
        this.slug = slug;
        this.title = title;
        this.timeZone = zone.getId();
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.languages = String.join(",", languages);
    }

    /** Adds a day of the conference with its theme; the date must lie within the conference's dates. */
    public ConferenceDay addDay(LocalDate date, String theme) {
        if (date.isBefore(firstDay) || date.isAfter(lastDay)) {
            throw new IllegalArgumentException("day " + date + " lies outside the conference (" + firstDay + " to " + lastDay + ")");
        }
        if (day(date).isPresent()) {
            throw new IllegalArgumentException("day " + date + " is given twice");
        }
        ConferenceDay day = new ConferenceDay(this, date, theme);
        days.add(day);
        days.sort(null);
        return day;
    }

    /** Adds a parallel channel of the programme. */
    public Track addTrack(String key, String name, int sortOrder) {
        if (track(key).isPresent()) {
            throw new IllegalArgumentException("track '" + key + "' is given twice");
        }
        Track track = new Track(this, key, name, sortOrder);
        tracks.add(track);
        tracks.sort(null);
        return track;
    }

    public Optional<ConferenceDay> day(LocalDate date) {
        return days.stream().filter(d -> d.getDate().equals(date)).findFirst();
    }

    public Optional<Track> track(String key) {
        return tracks.stream().filter(t -> t.getKey().equals(key)).findFirst();
    }

    /** The instant of a wall-clock time at the conference's venue. */
    public Instant instantAt(LocalDateTime local) {
        return local.atZone(zone()).toInstant();
    }

    /** The wall-clock time at the conference's venue of an instant. */
    public LocalDateTime localTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone());
    }

    /** Whether an instant falls on one of the conference's dates, in its own zone. */
    public boolean covers(Instant instant) {
        LocalDate date = localTime(instant).toLocalDate();
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    public void enableFormat(String formatId) {
        enabledFormats.add(formatId);
    }

    /**
     * Stops offering a format in this conference.
     *
     * @param sessionsOfFormat how many of the conference's sessions are of this format
     * @throws FormatStillUsed while any session of the conference is of this format: they would lose their format
     */
    public void disableFormat(String formatId, long sessionsOfFormat) {
        if (sessionsOfFormat > 0) {
            throw new FormatStillUsed(formatId, sessionsOfFormat);
        }
        enabledFormats.remove(formatId);
    }

    public boolean usesFormat(String formatId) {
        return enabledFormats.contains(formatId);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public void publish() {
        published = true;
    }

    /** Takes the conference out of the public list and its programme off the site; nothing is deleted. */
    public void withdraw() {
        published = false;
    }

    /**
     * Changes what the conference is and when. The slug never changes (it is in every shared link). Days that would
     * fall outside the new dates must be removed first.
     */
    public void revise(String title, ZoneId zone, LocalDate firstDay, LocalDate lastDay, List<String> languages) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the last day " + lastDay + " comes before the first day " + firstDay);
        }
        List<LocalDate> outside = daysOutside(firstDay, lastDay);
        if (!outside.isEmpty()) {
            throw new IllegalArgumentException("the days " + outside + " lie outside " + firstDay + " to " + lastDay);
        }
        this.title = title;
        this.timeZone = zone.getId();
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.languages = String.join(",", languages);
    }

    /** The days of the programme that fall outside these dates. */
    public List<LocalDate> daysOutside(LocalDate from, LocalDate to) {
        return days.stream().map(ConferenceDay::getDate).filter(d -> d.isBefore(from) || d.isAfter(to)).toList();
    }

    /** Removes a day (its sessions must have been moved or deleted first: the caller checks). */
    public void removeDay(ConferenceDay day) {
        days.remove(day);
    }

    /** Removes a track (its sessions must have been moved first: the caller checks). */
    public void removeTrack(Track track) {
        tracks.remove(track);
    }

    /** The next free position at the end of the tracks. */
    public int nextTrackPosition() {
        return tracks.stream().mapToInt(Track::getSortOrder).max().orElse(0) + 1;
    }

    public long getVersion() {
        return version;
    }

    public void describe(String acronym, String description, String contactEmail) {
        this.acronym = acronym;
        this.description = description;
        this.contactEmail = contactEmail;
    }

    /** The main language's tag, as given: what the title, description and sessions are written in first. */
    public String mainLanguageTag() {
        return getLanguages().get(0);
    }

    /** Whether content may be translated into a language: one of the conference's languages but its main one. */
    public boolean translatesInto(String language) {
        List<String> all = getLanguages();
        return language != null && all.subList(1, all.size()).stream().anyMatch(l -> l.equalsIgnoreCase(language));
    }

    /** The languages content may be translated into, in the conference's order. */
    public List<String> translationLanguages() {
        List<String> all = getLanguages();
        return all.subList(1, all.size());
    }

    /**
     * Gives the title and description in another of the conference's languages; a blank title (and description)
     * takes that translation away.
     *
     * @throws IllegalArgumentException when the language is not one of {@link #translationLanguages()}, or a
     *                                  description comes without a title, or either is too long
     */
    public void translate(String language, String title, String description) {
        if (!translatesInto(language)) {
            throw new IllegalArgumentException("'" + language + "' is not one of the conference's other languages "
                    + translationLanguages());
        }
        Translation translation = title == null || title.isBlank()
                ? requireNoText(language, description) : new Translation(language.toLowerCase(Locale.ROOT), title, description);
        translations.removeIf(t -> t.getLanguage().equalsIgnoreCase(language));
        if (translation != null) {
            translations.add(translation);
        }
    }

    private static Translation requireNoText(String language, String text) {
        if (text != null && !text.isBlank()) {
            throw new IllegalArgumentException("a translation into '" + language + "' needs a title");
        }
        return null;
    }

    public List<Translation> getTranslations() {
        return Collections.unmodifiableList(translations);
    }

    /** The title in a language, else the original. */
    public String titleIn(Locale locale) {
        return Translation.into(translations, locale).map(Translation::getTitle).orElse(title);
    }

    /** The description in a language, else the original. */
    public String descriptionIn(Locale locale) {
        return Translation.into(translations, locale).map(Translation::getText).orElse(description);
    }

    /** The language a text shown in a locale is written in: the locale's when translated, else the main language. */
    public String languageOf(Locale locale) {
        return Translation.into(translations, locale).map(Translation::getLanguage).orElse(mainLanguageTag());
    }

    /**
     * Sets who may register and until when.
     *
     * @param cap      at most this many registrations hold a place (pending and confirmed ones); null for no cap
     * @param closesAt nobody registers from this instant on; null to keep registration open
     * @param privacyNotice the notice registrants consent to; null for the platform's own text
     */
    public void governRegistration(Integer cap, Instant closesAt, String privacyNotice) {
        if (cap != null && cap < 0) {
            throw new IllegalArgumentException("a registration cap of " + cap + " places");
        }
        this.registrationCap = cap;
        this.registrationClosesAtUtc = closesAt == null ? null : LocalDateTime.ofInstant(closesAt, java.time.ZoneOffset.UTC);
        this.privacyNotice = privacyNotice;
    }

    /**
     * Whether someone may register at this instant: before the closing time the organisers set, if any (without
     * one, registration stays open, also after the event: its recordings and directory live on).
     */
    public boolean registrationOpenAt(Instant now) {
        Instant closes = getRegistrationClosesAt();
        return closes == null || now.isBefore(closes);
    }

    /** Whether another registration fits when this many already hold a place. */
    public boolean hasPlaceBeyond(long holdingPlaces) {
        return registrationCap == null || holdingPlaces < registrationCap;
    }

    /** The cap on registrations; null when there is none. */
    public Integer getRegistrationCap() {
        return registrationCap;
    }

    /** When registration closes as the organisers set it; null when they set nothing. */
    public Instant getRegistrationClosesAt() {
        return registrationClosesAtUtc == null ? null : registrationClosesAtUtc.toInstant(java.time.ZoneOffset.UTC);
    }

    /** The conference's own privacy notice; null when it uses the platform's text. */
    public String getPrivacyNotice() {
        return privacyNotice;
    }

    /** The conference's main language: the first of its languages. */
    public java.util.Locale mainLanguage() {
        return java.util.Locale.forLanguageTag(getLanguages().get(0).strip());
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getDescription() {
        return description;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public List<String> getLanguages() {
        return Arrays.asList(languages.split(","));
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean isPublished() {
        return published;
    }

    public List<ConferenceDay> getDays() {
        return Collections.unmodifiableList(days);
    }

    public List<Track> getTracks() {
        return Collections.unmodifiableList(tracks);
    }

    public Set<String> getEnabledFormats() {
        return Collections.unmodifiableSet(enabledFormats);
    }
}

package org.plenary.platform.programme;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Track;
import org.plenary.platform.languages.Translation;
import org.plenary.platform.people.Person;
import org.plenary.platform.persistence.Identified;
import org.plenary.spi.SessionDetails;
import org.plenary.spi.SessionDraft;
import org.plenary.spi.SessionStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** An entry of the programme: a talk, panel, workshop… of one format, at a time, in a track, with speakers. */
@Entity
@Table(name = "programme_session")
public class Session extends Identified {

    private static final String URL = "https?://\\S+";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "track_id")
    private Track track;

    @NotBlank
    @Size(max = 40)
    @Column(name = "format_id")
    private String formatId;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 8000)
    private String summary;

    /** UTC wall-clock: portable across H2 and PostgreSQL, converted to an Instant at the edges. */
    @NotNull
    @Column(name = "starts_at")
    private LocalDateTime startsAtUtc;

    @NotNull
    @Column(name = "ends_at")
    private LocalDateTime endsAtUtc;

    @NotNull
    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.DRAFT;

    @Size(max = 1000)
    @Pattern(regexp = URL, message = "{plenary.url}")
    @Column(name = "stream_url")
    private String streamUrl;

    @Size(max = 1000)
    @Pattern(regexp = URL, message = "{plenary.url}")
    @Column(name = "recording_url")
    private String recordingUrl;

    @ManyToMany
    @JoinTable(name = "session_speaker",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "sort_order")
    private List<Person> speakers = new ArrayList<>();

    /** The title and abstract in the conference's other languages (V7). */
    @ElementCollection
    @CollectionTable(name = "session_translation", joinColumns = @JoinColumn(name = "session_id"))
    @AttributeOverride(name = "text", column = @Column(name = "summary"))
    private List<Translation> translations = new ArrayList<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected Session() {
    }

    public Session(Conference conference, String formatId, String title, Instant start, Instant end) {
        this.conference = conference;
        this.formatId = formatId;
        this.title = title;
        reschedule(start, end);
    }

    /** Moves the session; it must end after it starts and fall on the conference's dates. */
    public final void reschedule(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("'" + title + "' must end after it starts");
        }
        if (!conference.covers(start) || !conference.covers(end.minusSeconds(1))) {
            throw new IllegalArgumentException("'" + title + "' lies outside the conference's dates");
        }
        this.startsAtUtc = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
        this.endsAtUtc = LocalDateTime.ofInstant(end, ZoneOffset.UTC);
    }

    /** Changes the title participants see. */
    public void retitle(String title) {
        this.title = title;
    }

    /** Sets who speaks, in order; each must be one of the conference's people. */
    public void replaceSpeakers(List<Person> people) {
        for (Person p : people) {
            if (p.getConference() != null && !p.belongsTo(conference)) {
                throw new IllegalArgumentException(p.getName() + " belongs to another conference");
            }
        }
        if (people.stream().distinct().count() < people.size()) {
            throw new IllegalArgumentException("a speaker is named twice");
        }
        speakers.clear();
        speakers.addAll(people);
    }

    /** Whether this session and another overlap in time (touching ends do not). */
    public boolean overlaps(Session other) {
        return startsAtUtc.isBefore(other.endsAtUtc) && other.startsAtUtc.isBefore(endsAtUtc);
    }

    public void placeIn(Track track) {
        this.track = track;
    }

    public void describe(String summary, String streamUrl, String recordingUrl) {
        this.summary = summary;
        this.streamUrl = streamUrl;
        this.recordingUrl = recordingUrl;
    }

    public void addSpeaker(Person person) {
        if (speakers.contains(person)) {
            throw new IllegalArgumentException(person.getName() + " already speaks in '" + title + "'");
        }
        speakers.add(person);
    }

    public void changeStatus(SessionStatus status) {
        this.status = status;
    }

    public Instant getStart() {
        return startsAtUtc.toInstant(ZoneOffset.UTC);
    }

    public Instant getEnd() {
        return endsAtUtc.toInstant(ZoneOffset.UTC);
    }

    public Duration duration() {
        return Duration.between(getStart(), getEnd());
    }

    /** What a format may check before this session is saved. */
    public SessionDraft draft() {
        return new SessionDraft(title, getStart(), getEnd(), speakers.size(), null);
    }

    /** The read-only picture handed to format plugins. */
    public SessionDetails details() {
        return new SessionDetails(getId(), conference.getSlug(), formatId, title, summary == null ? "" : summary,
                getStart(), getEnd(), status, streamUrl, recordingUrl,
                speakers.stream().map(Person::asSpeaker).toList());
    }

    /**
     * Gives the title and abstract in another of the conference's languages; a blank title (and abstract) takes
     * that translation away.
     *
     * @throws IllegalArgumentException when the language is not one of the conference's other languages, or an
     *                                  abstract comes without a title, or either is too long
     */
    public void translate(String language, String title, String summary) {
        if (!conference.translatesInto(language)) {
            throw new IllegalArgumentException("'" + language + "' is not one of the conference's other languages "
                    + conference.translationLanguages());
        }
        boolean none = title == null || title.isBlank();
        if (none && summary != null && !summary.isBlank()) {
            throw new IllegalArgumentException("a translation into '" + language + "' needs a title");
        }
        Translation translation = none ? null : new Translation(language.toLowerCase(Locale.ROOT), title, summary);
        translations.removeIf(t -> t.getLanguage().equalsIgnoreCase(language));
        if (translation != null) {
            translations.add(translation);
        }
    }

    public List<Translation> getTranslations() {
        return Collections.unmodifiableList(translations);
    }

    /** The title in a language, else the original. */
    public String titleIn(Locale locale) {
        return Translation.into(translations, locale).map(Translation::getTitle).orElse(title);
    }

    /** The abstract in a language when it has one, else the original. */
    public String summaryIn(Locale locale) {
        return Translation.into(translations, locale).map(Translation::getText).orElse(summary);
    }

    /** The language a title shown in a locale is written in: the locale's when translated, else the conference's main one. */
    public String languageOf(Locale locale) {
        return Translation.into(translations, locale).map(Translation::getLanguage).orElse(conference.mainLanguageTag());
    }

    /** The read-only picture handed to format plugins, with the title and abstract in a language where given. */
    public SessionDetails details(Locale locale) {
        String text = summaryIn(locale);
        return new SessionDetails(getId(), conference.getSlug(), formatId, titleIn(locale), text == null ? "" : text,
                getStart(), getEnd(), status, streamUrl, recordingUrl,
                speakers.stream().map(Person::asSpeaker).toList());
    }

    public Conference getConference() {
        return conference;
    }

    public Track getTrack() {
        return track;
    }

    public String getFormatId() {
        return formatId;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getStreamUrl() {
        return streamUrl;
    }

    public String getRecordingUrl() {
        return recordingUrl;
    }

    public List<Person> getSpeakers() {
        return Collections.unmodifiableList(speakers);
    }

    public long getVersion() {
        return version;
    }
}

package org.plenary.platform.programme;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.plenary.spi.SessionStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What an organiser enters for a session (console form and API body alike). Times are wall-clock times at the
 * conference's venue, on one of its days; the track and speakers are ids the server checks against the conference.
 */
public class SessionForm implements Serializable {

    private static final String URL = "https?://\\S+";

    @NotBlank
    @Size(max = 40)
    private String formatId;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 8000)
    private String summary;

    @NotNull
    private LocalDate day;

    @NotNull
    private LocalTime start;

    @NotNull
    private LocalTime end;

    private Long trackId;

    private List<Long> speakerIds = new ArrayList<>();

    @NotNull
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Size(max = 1000)
    @Pattern(regexp = URL, message = "{plenary.url}")
    private String streamUrl;

    @Size(max = 1000)
    @Pattern(regexp = URL, message = "{plenary.url}")
    private String recordingUrl;

    /** The version the organiser started from (optimistic locking); ignored for a new session. */
    private long version;

    /** Title and abstract in the conference's other languages; null leaves the session's translations as they are. */
    private List<TranslationForm> translations;

    /** The title and abstract in one other language; a blank title takes that translation away. */
    public static class TranslationForm implements Serializable {

        private String language;
        private String title;
        private String summary;

        public TranslationForm() {
        }

        public TranslationForm(String language, String title, String summary) {
            this.language = language;
            this.title = title;
            this.summary = summary;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title == null ? null : title.strip();
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }
    }

    public static SessionForm of(Session s) {
        SessionForm f = new SessionForm();
        f.formatId = s.getFormatId();
        f.title = s.getTitle();
        f.summary = s.getSummary();
        var start = s.getConference().localTime(s.getStart());
        var end = s.getConference().localTime(s.getEnd());
        f.day = start.toLocalDate();
        f.start = start.toLocalTime();
        f.end = end.toLocalTime();
        f.trackId = s.getTrack() == null ? null : s.getTrack().getId();
        f.speakerIds = new ArrayList<>(s.getSpeakers().stream().map(p -> p.getId()).toList());
        f.status = s.getStatus();
        f.streamUrl = s.getStreamUrl();
        f.recordingUrl = s.getRecordingUrl();
        f.version = s.getVersion();
        f.translations = translationsOf(s);
        return f;
    }

    /** A row per language the conference translates into, filled where the session has a translation. */
    static List<TranslationForm> translationsOf(Session s) {
        return s.getConference().translationLanguages().stream().map(language -> s.getTranslations().stream()
                        .filter(t -> t.getLanguage().equalsIgnoreCase(language)).findFirst()
                        .map(t -> new TranslationForm(language, t.getTitle(), t.getText()))
                        .orElseGet(() -> new TranslationForm(language, null, null)))
                .toList();
    }

    /** Empty rows, one per language a conference translates into, for a new session. */
    public static List<TranslationForm> emptyTranslations(List<String> languages) {
        return languages.stream().map(l -> new TranslationForm(l, null, null)).toList();
    }

    @AssertTrue(message = "{plenary.endAfterStart}")
    public boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    public String getFormatId() {
        return formatId;
    }

    public void setFormatId(String formatId) {
        this.formatId = formatId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public Long getTrackId() {
        return trackId;
    }

    public void setTrackId(Long trackId) {
        this.trackId = trackId;
    }

    public List<Long> getSpeakerIds() {
        return speakerIds;
    }

    public void setSpeakerIds(List<Long> speakerIds) {
        this.speakerIds = speakerIds == null ? new ArrayList<>() : new ArrayList<>(speakerIds);
    }

    public SessionStatus getStatus() {
        return status;
    }

    public void setStatus(SessionStatus status) {
        this.status = status;
    }

    public String getStreamUrl() {
        return streamUrl;
    }

    public void setStreamUrl(String streamUrl) {
        this.streamUrl = streamUrl;
    }

    public String getRecordingUrl() {
        return recordingUrl;
    }

    public void setRecordingUrl(String recordingUrl) {
        this.recordingUrl = recordingUrl;
    }

    public List<TranslationForm> getTranslations() {
        return translations;
    }

    public void setTranslations(List<TranslationForm> translations) {
        this.translations = translations == null ? null : new ArrayList<>(translations);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

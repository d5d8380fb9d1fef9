package org.plenary.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.languages.ViewerLanguage;
import org.plenary.platform.programme.Programme;
import org.plenary.platform.programme.Session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The programme page: days, slots and parallel sessions, filtered by day, format and track, in the viewer's zone. */
@Named("programme")
@RequestScoped
public class ProgrammePage {

    @Inject
    Conferences conferences;

    @Inject
    Programme programme;

    @Inject
    ViewerZone viewerZone;

    @Inject
    FormatNames formatNames;

    @Inject
    ViewerLanguage language;

    private String slug;
    private String day;
    private String format;
    private String track;

    private Conference conference;
    private ZoneId zone;
    private List<ProgrammeView.Day> days;

    public void load() {
        conference = conferences.publishedWithProgrammeFrame(slug).orElse(null);
        if (conference == null) {
            Pages.notFound();
            return;
        }
        language.orConferenceLanguage(conference);
        zone = viewerZone.zoneFor(conference);
        Predicate<Session> shown = s -> true;
        LocalDate dayFilter = parseDay();
        if (dayFilter != null) {
            shown = shown.and(s -> conference.localTime(s.getStart()).toLocalDate().equals(dayFilter));
        }
        if (format != null && !format.isBlank()) {
            shown = shown.and(s -> s.getFormatId().equals(format));
        }
        if (track != null && !track.isBlank()) {
            shown = shown.and(s -> s.getTrack() != null && s.getTrack().getKey().equals(track));
        }
        List<Session> sessions = programme.publicSessions(conference).stream().filter(shown).toList();
        var locale = Pages.locale();
        days = ProgrammeView.of(conference, sessions, zone, locale, id -> formatNames.of(id, locale)).stream()
                .filter(d -> dayFilter == null || d.date().equals(dayFilter)).toList();
    }

    private LocalDate parseDay() {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Format ids enabled for the conference, with their names, for the filter. */
    public Map<String, String> getFormatChoices() {
        Map<String, String> choices = new TreeMap<>();
        conference.getEnabledFormats().forEach(id -> choices.put(formatNames.of(id, Pages.locale()), id));
        return choices;
    }

    /** "Tue 13 Oct" for the day filter. */
    public String dayChoice(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", Pages.locale()));
    }

    public boolean isNothingShown() {
        return days.stream().allMatch(d -> d.slots().isEmpty());
    }

    /** "Africa/Nairobi (UTC+03:00)". */
    public String getZoneLabel() {
        return ViewerZone.label(zone, firstInstant());
    }

    public String getConferenceZoneLabel() {
        return ViewerZone.label(conference.zone(), firstInstant());
    }

    public boolean isInConferenceZone() {
        return zone.equals(conference.zone());
    }

    private ZonedDateTime firstInstant() {
        return conference.getFirstDay().atTime(12, 0).atZone(conference.zone());
    }

    /** The conference's title in the page's language, else the original. */
    public String getTitle() {
        return conference.titleIn(Pages.locale());
    }

    public String getTitleLanguage() {
        return conference.languageOf(Pages.locale());
    }

    public String getZoneId() {
        return zone.getId();
    }

    public Conference getConference() {
        return conference;
    }

    public List<ProgrammeView.Day> getDays() {
        return days;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }
}

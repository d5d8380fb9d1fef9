package org.plenary.platform.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.plenary.platform.networking.Meeting;
import org.plenary.platform.networking.Networking;
import org.plenary.platform.registration.Registration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.plenary.platform.access.Caller;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.agenda.Agenda;
import org.plenary.platform.agenda.AgendaFeed;
import org.plenary.platform.agenda.CalendarDownloads;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.people.Person;
import org.plenary.platform.programme.Conflict;
import org.plenary.platform.programme.Conflicts;
import org.plenary.platform.programme.Session;
import org.plenary.spi.SessionStatus;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "My agenda" ({@code agenda.xhtml?c=…}, signed-in viewers only): the sessions the viewer starred in a conference and
 * the networking meetings they booked or were booked into, by day in the viewer's zone, clashes and cancellations
 * marked, and the private calendar feed to subscribe to.
 */
@Named("agendaPage")
@RequestScoped
public class AgendaPage {

    /** One starred session as listed. */
    public record Entry(long id, String title, String time, String conferenceTime, String formatName, String track,
                        String speakers, boolean cancelled, String status, List<String> clashesWith) {
        public boolean isClashing() {
            return !clashesWith.isEmpty();
        }

        /** The titles of the sessions this one clashes with, as one line. */
        public String clashText() {
            return String.join("; ", clashesWith);
        }
    }

    /** One booked meeting as listed: when, with whom (and their organisation), the note. */
    public record MeetingEntry(long id, String time, String conferenceTime, String with, String organisation,
                               String note) {
    }

    /** A day in the viewer's zone. */
    public record Day(LocalDate date, String label, List<Entry> entries, List<MeetingEntry> meetings) {
    }

    @Inject
    Conferences conferences;

    @Inject
    Agenda agenda;

    @Inject
    CurrentCaller caller;

    @Inject
    ViewerZone viewerZone;

    @Inject
    FormatNames formatNames;

    @Inject
    Networking networking;

    @Inject
    HttpServletRequest request;

    private String slug;
    private Conference conference;
    private ZoneId zone;
    private List<Day> days;
    private int clashes;
    private AgendaFeed feed;
    private boolean nothingStarred;

    public void load() {
        conference = conferences.publishedWithProgrammeFrame(slug).orElse(null);
        if (conference == null) {
            Pages.notFound();
            return;
        }
        Caller who = caller.get();
        if (!who.isSignedIn()) {
            throw new NotAllowed("Sign in to see your agenda.");
        }
        zone = viewerZone.zoneFor(conference);
        List<Session> sessions = agenda.sessions(who.accountId(), conference);
        Conflicts conflicts = Conflicts.forAttendee(sessions);
        var locale = Pages.locale();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        DateTimeFormatter dayLabel = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        ZoneId own = conference.zone();
        Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
        for (Session s : sessions) {
            List<Conflict> clashing = conflicts.of(s);
            if (!clashing.isEmpty()) {
                clashes++;
            }
            Entry entry = new Entry(s.getId(), s.getTitle(), range(s, zone, time),
                    own.equals(zone) ? null : range(s, own, time) + " " + own.getId(),
                    formatNames.of(s.getFormatId(), locale), s.getTrack() == null ? null : s.getTrack().getName(),
                    s.getSpeakers().stream().map(Person::getName).collect(Collectors.joining(", ")),
                    s.getStatus() == SessionStatus.CANCELLED, s.getStatus().name(),
                    clashing.stream().map(c -> c.other().getTitle()).distinct().toList());
            byDay.computeIfAbsent(s.getStart().atZone(zone).toLocalDate(), d -> new ArrayList<>()).add(entry);
        }
        Map<LocalDate, List<MeetingEntry>> meetingsByDay = new HashMap<>();
        for (Meeting m : networking.meetingsOf(who.accountId(), conference)) {
            Registration other = m.otherThan(who.accountId());
            MeetingEntry entry = new MeetingEntry(m.getId(), range(m.getStart(), m.getEnd(), zone, time),
                    own.equals(zone) ? null : range(m.getStart(), m.getEnd(), own, time) + " " + own.getId(),
                    other.getAccount().getDisplayName(), other.getOrganisation(), m.getNote());
            meetingsByDay.computeIfAbsent(m.getStart().atZone(zone).toLocalDate(), d -> new ArrayList<>()).add(entry);
        }
        days = new TreeSet<>(union(byDay.keySet(), meetingsByDay.keySet())).stream()
                .map(date -> new Day(date, date.format(dayLabel), byDay.getOrDefault(date, List.of()),
                        meetingsByDay.getOrDefault(date, List.of())))
                .toList();
        nothingStarred = sessions.isEmpty();
        feed = agenda.feed(who, conference);
    }

    private static String range(Session s, ZoneId zone, DateTimeFormatter time) {
        return range(s.getStart(), s.getEnd(), zone, time);
    }

    private static String range(Instant start, Instant end, ZoneId zone, DateTimeFormatter time) {
        return start.atZone(zone).format(time) + "–" + end.atZone(zone).format(time);
    }

    private static Set<LocalDate> union(Set<LocalDate> a, Set<LocalDate> b) {
        Set<LocalDate> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The feed's address for calendar programs that are given an https address. */
    public String getFeedUrl() {
        return CalendarDownloads.root(request).resolve(CalendarDownloads.feedPath(feed)).toString();
    }

    /** The same as a {@code webcal:} link, which opens the viewer's calendar program to subscribe. */
    public String getWebcalUrl() {
        URI feedUrl = URI.create(getFeedUrl());
        return "webcal" + feedUrl.toString().substring(feedUrl.getScheme().length());
    }

    /** No session starred (meetings aside): the page says how to star. */
    public boolean isNothingStarred() {
        return nothingStarred;
    }

    public int getClashes() {
        return clashes;
    }

    public String getZoneLabel() {
        return ViewerZone.label(zone, firstInstant());
    }

    public String getConferenceZoneLabel() {
        return ViewerZone.label(conference.zone(), firstInstant());
    }

    public boolean isInConferenceZone() {
        return zone.equals(conference.zone());
    }

    public String getZoneId() {
        return zone.getId();
    }

    private ZonedDateTime firstInstant() {
        return conference.getFirstDay().atTime(12, 0).atZone(conference.zone());
    }

    public boolean isFeedReset() {
        return "1".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("reset"));
    }

    public Conference getConference() {
        return conference;
    }

    public List<Day> getDays() {
        return days;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}

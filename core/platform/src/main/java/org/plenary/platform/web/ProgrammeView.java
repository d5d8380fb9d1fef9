package org.plenary.platform.web;

import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.ConferenceDay;
import org.plenary.platform.people.Person;
import org.plenary.platform.programme.Session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programme as the page lays it out: the conference's days, in each the time slots, in each the sessions
 * that run in parallel, side by side in track order. Times are in the viewer's zone; a day is a day at the venue.
 */
public final class ProgrammeView {

    /** One session's card. */
    /** One session's card; {@code titleLanguage} is the language its title is written in (a translation's or the original's). */
    public record Card(long id, String title, String titleLanguage, String formatId, String formatName, String track,
                       String time, String speakers, String status) {
    }

    /** Sessions starting together. */
    public record Slot(String time, String dateNote, List<Card> cards) {
        public boolean isParallel() {
            return cards.size() > 1;
        }
    }

    /** One day of the conference. */
    public record Day(LocalDate date, String label, String theme, List<Slot> slots) {
    }

    private ProgrammeView() {
    }

    /** The days of the programme, titles in the locale's language where translated, times in the viewer's zone. */
    public static List<Day> of(Conference conference, List<Session> sessions, ZoneId viewerZone, Locale locale,
                               Function<String, String> formatName) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        DateTimeFormatter dayLabel = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        Map<LocalDate, List<Session>> byDay = sessions.stream().collect(Collectors.groupingBy(
                s -> conference.localTime(s.getStart()).toLocalDate(), LinkedHashMap::new, Collectors.toList()));
        List<Day> days = new ArrayList<>();
        for (ConferenceDay day : conference.getDays()) {
            List<Session> ofDay = byDay.getOrDefault(day.getDate(), List.of());
            Map<Instant, List<Session>> bySlot = ofDay.stream().collect(Collectors.groupingBy(
                    Session::getStart, LinkedHashMap::new, Collectors.toList()));
            List<Slot> slots = new ArrayList<>();
            bySlot.forEach((start, parallel) -> {
                ZonedDateTime from = start.atZone(viewerZone);
                Instant lastEnd = parallel.stream().map(Session::getEnd).max(Comparator.naturalOrder()).orElse(start);
                String label = from.format(time) + "–" + lastEnd.atZone(viewerZone).format(time);
                String note = from.toLocalDate().equals(day.getDate()) ? null : from.format(shortDay);
                List<Card> cards = parallel.stream()
                        .sorted(Comparator.comparing((Session s) -> s.getTrack() == null ? Integer.MAX_VALUE : s.getTrack().getSortOrder()))
                        .map(s -> new Card(s.getId(), s.titleIn(locale), s.languageOf(locale), s.getFormatId(), formatName.apply(s.getFormatId()),
                                s.getTrack() == null ? null : s.getTrack().getName(),
                                s.getStart().atZone(viewerZone).format(time) + "–" + s.getEnd().atZone(viewerZone).format(time),
                                s.getSpeakers().stream().map(Person::getName).collect(Collectors.joining(", ")),
                                s.getStatus().name()))
                        .toList();
                slots.add(new Slot(label, note, cards));
            });
            days.add(new Day(day.getDate(), day.getDate().format(dayLabel), day.getTheme(), slots));
        }
        return days;
    }
}

package org.plenary.platform.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.CurrentCaller;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.ConferenceDay;
import org.plenary.platform.conference.Track;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.formats.RegisteredFormat;
import org.plenary.platform.programme.Conflict;
import org.plenary.platform.programme.Conflicts;
import org.plenary.platform.programme.ProgrammeChanges;
import org.plenary.platform.programme.Session;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * {@code /console/programme.xhtml?c=slug&day=YYYY-MM-DD}: one day of the programme as a grid, a column per track,
 * sessions in time order with their clashes, and where to add a session of each format.
 */
@Named("programmeBoard")
@RequestScoped
public class ProgrammeBoard {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    ConsoleScope scope;

    @Inject
    CurrentCaller caller;

    @Inject
    ProgrammeChanges programme;

    @Inject
    FormatRegistry registry;

    private Conference conference;
    private LocalDate day;
    private List<Column> columns;

    /** A track's column (or the column of sessions in no track). */
    public record Column(Track track, String name, List<Slot> slots) {
    }

    /** A session in the grid, its times at the venue, and what it clashes with. */
    public record Slot(Session session, String time, List<String> conflicts) {
    }

    @PostConstruct
    void open() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        conference = scope.require(params.get(ConsoleScope.PARAM), Action.EDIT_PROGRAMME);
        day = parse(params.get("day"));
        if (day == null || conference.day(day).isEmpty()) {
            day = conference.getDays().isEmpty() ? null : conference.getDays().get(0).getDate();
        }
    }

    public Conference getConference() {
        return conference;
    }

    public LocalDate getDay() {
        return day;
    }

    public List<ConferenceDay> getDays() {
        return conference.getDays();
    }

    /** The started formats this conference uses, for "new session" links. */
    public List<RegisteredFormat> getFormats() {
        return registry.all().stream().filter(RegisteredFormat::isStarted)
                .filter(f -> conference.usesFormat(f.id())).toList();
    }

    public String formatName(RegisteredFormat f) {
        return f.displayName(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<Column> getColumns() {
        if (columns == null) {
            columns = build();
        }
        return columns;
    }

    public int getSessionCount() {
        return getColumns().stream().mapToInt(c -> c.slots().size()).sum();
    }

    private List<Column> build() {
        if (day == null) {
            return List.of();
        }
        List<Session> all = programme.all(caller.get(), conference.getSlug());
        Conflicts conflicts = Conflicts.among(all);
        List<Session> today = all.stream()
                .filter(s -> conference.localTime(s.getStart()).toLocalDate().equals(day)).toList();
        List<Column> result = new ArrayList<>();
        for (Track t : conference.getTracks()) {
            result.add(new Column(t, t.getName(), slots(today, t, conflicts)));
        }
        List<Slot> loose = slots(today, null, conflicts);
        if (!loose.isEmpty() || result.isEmpty()) {
            result.add(new Column(null, text("programme.noTrack"), loose));
        }
        return result;
    }

    private List<Slot> slots(List<Session> today, Track track, Conflicts conflicts) {
        Long trackId = track == null ? null : track.getId();
        return today.stream().filter(s -> Objects.equals(s.getTrack() == null ? null : s.getTrack().getId(), trackId))
                .map(s -> new Slot(s, TIME.format(conference.localTime(s.getStart())) + "–"
                        + TIME.format(conference.localTime(s.getEnd())), describe(conflicts.of(s))))
                .toList();
    }

    /** The clashes in words, for the grid and the session editor. */
    static List<String> describe(List<Conflict> conflicts) {
        return conflicts.stream().map(c -> c.kind() == Conflict.Kind.SPEAKER_TWICE
                ? format("conflict.speaker", c.person(), c.other().getTitle())
                : format("conflict.track", c.other().getTitle())).distinct().toList();
    }

    private static String format(String key, Object... args) {
        return new MessageFormat(text(key), FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(args);
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "con");
        return bundle.getString(key);
    }

    private static LocalDate parse(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

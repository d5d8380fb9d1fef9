package org.plenary.platform.agenda;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.Value;
import org.plenary.platform.networking.Meeting;
import org.plenary.platform.people.Person;
import org.plenary.platform.registration.Registration;
import org.plenary.platform.programme.Session;
import org.plenary.spi.SessionStatus;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sessions as an iCalendar (RFC 5545) document, written with ical4j: one VEVENT per session with a UID that stays the
 * same for the session's life (a calendar updates the event rather than adding another), start and end in UTC
 * (every calendar program shows them in its own zone), the title, a description with the summary, the speakers and
 * the stream, the session's page as URL, the stream as LOCATION, and STATUS:CANCELLED for a cancelled session.
 * A feed also holds its account's networking meetings: "Meeting with …", the other participant's organisation and the
 * note in the description, the contacts page (where it can be cancelled) as URL.
 */
public final class SessionCalendar {

    private static final String PRODUCT = "-//Plenary//Agenda 1.0//EN";

    private final Function<Session, URI> pageOf;
    private final ResourceBundle texts;
    private final Instant now;

    /**
     * @param pageOf the address of a session's page, absolute
     * @param locale the language of the descriptions' labels
     * @param now    the time the document is made (each event's DTSTAMP)
     */
    public SessionCalendar(Function<Session, URI> pageOf, Locale locale, Instant now) {
        this.pageOf = pageOf;
        this.texts = ResourceBundle.getBundle("org.plenary.platform.agenda.calendar", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.now = now;
    }

    /**
     * A feed to subscribe to: named, refreshed hourly by calendar programs that honour RFC 7986's REFRESH-INTERVAL.
     *
     * @param meetings     the booked meetings of the feed's account
     * @param accountId    that account, to name the other participant of each meeting
     * @param meetingsPage where the account sees and cancels its meetings
     */
    public String feed(String name, List<Session> sessions, List<Meeting> meetings, long accountId, URI meetingsPage) {
        Calendar calendar = base(sessions);
        meetings.forEach(m -> calendar.add(event(m, accountId, meetingsPage)));
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), Duration.ofHours(1)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        return write(calendar);
    }

    /** One session, to download and open in a calendar program. */
    public String single(Session session) {
        Calendar calendar = base(List.of(session));
        calendar.add(ImmutableMethod.PUBLISH);
        return write(calendar);
    }

    private Calendar base(List<Session> sessions) {
        Calendar calendar = new Calendar();
        calendar.add(new net.fortuna.ical4j.model.property.ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        sessions.forEach(s -> calendar.add(event(s)));
        return calendar;
    }

    /** The UID of a session's event: the same in every feed and download, for as long as the session exists. */
    public static String uid(Session session) {
        return "session-" + session.getId() + "@" + session.getConference().getSlug() + ".plenary";
    }

    private VEvent event(Session s) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp(now));
        event.add(new Uid(uid(s)));
        event.add(new net.fortuna.ical4j.model.property.DtStart<>(s.getStart()));
        event.add(new net.fortuna.ical4j.model.property.DtEnd<>(s.getEnd()));
        event.add(new net.fortuna.ical4j.model.property.Summary(s.getTitle()));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, s.getVersion())));
        URI page = pageOf.apply(s);
        event.add(new Url(page));
        event.add(new Description(description(s, page)));
        if (s.getStreamUrl() != null) {
            event.add(new Location(s.getStreamUrl()));
        }
        if (s.getStatus() == SessionStatus.CANCELLED) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return event;
    }

    /** The UID of a meeting's event. */
    public static String uid(Meeting meeting) {
        return "meeting-" + meeting.getId() + "@" + meeting.getConference().getSlug() + ".plenary";
    }

    private VEvent event(Meeting m, long accountId, URI page) {
        Registration other = m.otherThan(accountId);
        VEvent event = new VEvent(false);
        event.add(new DtStamp(now));
        event.add(new Uid(uid(m)));
        event.add(new net.fortuna.ical4j.model.property.DtStart<>(m.getStart()));
        event.add(new net.fortuna.ical4j.model.property.DtEnd<>(m.getEnd()));
        event.add(new net.fortuna.ical4j.model.property.Summary(
                MessageFormat.format(texts.getString("meeting"), other.getAccount().getDisplayName())));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, m.getVersion())));
        event.add(new Url(page));
        StringBuilder text = new StringBuilder();
        if (other.getOrganisation() != null && !other.getOrganisation().isBlank()) {
            text.append(other.getAccount().getDisplayName()).append(" · ").append(other.getOrganisation()).append('\n');
        }
        if (m.getNote() != null && !m.getNote().isBlank()) {
            text.append(m.getNote().strip()).append('\n');
        }
        text.append(texts.getString("meetings")).append(": ").append(page);
        event.add(new Description(text.toString()));
        return event;
    }

    private String description(Session s, URI page) {
        StringBuilder text = new StringBuilder();
        if (s.getSummary() != null && !s.getSummary().isBlank()) {
            text.append(s.getSummary().strip()).append("\n\n");
        }
        if (!s.getSpeakers().isEmpty()) {
            text.append(texts.getString("speakers")).append(": ")
                    .append(s.getSpeakers().stream().map(Person::getName).collect(Collectors.joining(", "))).append('\n');
        }
        if (s.getStreamUrl() != null) {
            text.append(texts.getString("stream")).append(": ").append(s.getStreamUrl()).append('\n');
        }
        if (s.getRecordingUrl() != null) {
            text.append(texts.getString("recording")).append(": ").append(s.getRecordingUrl()).append('\n');
        }
        text.append(texts.getString("page")).append(": ").append(page);
        return text.toString();
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

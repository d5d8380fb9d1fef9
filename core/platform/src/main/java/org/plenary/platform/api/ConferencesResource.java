package org.plenary.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.programme.Programme;
import org.plenary.platform.programme.Session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The published conferences and their programmes. */
@Path("conferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConferencesResource {

    @Inject
    Conferences conferences;

    @Inject
    Programme programme;

    public record DayJson(LocalDate date, String theme) {
    }

    public record TrackJson(String key, String name) {
    }

    public record ConferenceJson(String slug, String title, String acronym, String description, String timeZone,
                                 LocalDate firstDay, LocalDate lastDay, List<String> languages, List<DayJson> days,
                                 List<TrackJson> tracks, List<String> formats) {
    }

    public record SpeakerJson(String name, String affiliation, String country) {
    }

    public record SessionJson(long id, String title, String format, String track, Instant start, Instant end,
                              String status, List<SpeakerJson> speakers, String streamUrl, String recordingUrl) {
    }

    @GET
    public List<ConferenceJson> all() {
        return conferences.published().stream().map(c -> json(c, false)).toList();
    }

    @GET
    @Path("{slug}")
    public ConferenceJson one(@PathParam("slug") String slug) {
        return json(find(slug), true);
    }

    @GET
    @Path("{slug}/sessions")
    public List<SessionJson> sessions(@PathParam("slug") String slug) {
        return programme.publicSessions(find(slug)).stream().map(ConferencesResource::json).toList();
    }

    private Conference find(String slug) {
        return conferences.publishedWithProgrammeFrame(slug)
                .orElseThrow(() -> new NotFoundException("no published conference '" + slug + "'"));
    }

    private static ConferenceJson json(Conference c, boolean full) {
        return new ConferenceJson(c.getSlug(), c.getTitle(), c.getAcronym(), c.getDescription(), c.getTimeZone(),
                c.getFirstDay(), c.getLastDay(), c.getLanguages(),
                full ? c.getDays().stream().map(d -> new DayJson(d.getDate(), d.getTheme())).toList() : null,
                full ? c.getTracks().stream().map(t -> new TrackJson(t.getKey(), t.getName())).toList() : null,
                full ? c.getEnabledFormats().stream().sorted().toList() : null);
    }

    private static SessionJson json(Session s) {
        return new SessionJson(s.getId(), s.getTitle(), s.getFormatId(), s.getTrack() == null ? null : s.getTrack().getKey(),
                s.getStart(), s.getEnd(), s.getStatus().name(),
                s.getSpeakers().stream().map(p -> new SpeakerJson(p.getName(), p.getAffiliation(), p.getCountry())).toList(),
                s.getStreamUrl(), s.getRecordingUrl());
    }
}

package org.plenary.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.plenary.platform.access.Action;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.programme.Programme;
import org.plenary.platform.programme.ProgrammeChanges;
import org.plenary.platform.programme.Session;
import org.plenary.platform.programme.SessionForm;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;
import org.plenary.spi.FormatEditor;
import org.plenary.spi.SessionStatus;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A conference's sessions: the public programme ({@code GET /conferences/{slug}/sessions}, anyone), and for those
 * who may edit the programme ({@code EDIT_PROGRAMME} in the conference of the URL) one session as it is edited
 * ({@code GET …/sessions/{id}}), {@code POST …/sessions}, {@code PUT …/sessions/{id}} (the whole session, with the
 * {@code version} read) and {@code DELETE …/sessions/{id}} (optionally {@code ?version=}). Times are wall-clock times
 * at the venue on one of the conference's days; a format's own fields are kept as they are.
 */
@Path("conferences/{slug}/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Conferences conferences;

    @Inject
    Programme programme;

    @Inject
    ProgrammeChanges changes;

    @Inject
    ConferenceAccess access;

    @Inject
    JsonInput json;

    @Inject
    Texts texts;

    /** What a client sends; {@code version} is the one it read, required to change a session. */
    public record SessionWrite(String formatId, String title, String summary, LocalDate day, LocalTime start,
                               LocalTime end, Long trackId, List<Long> speakerIds, SessionStatus status,
                               String streamUrl, String recordingUrl, Long version) {
        SessionForm form() {
            SessionForm f = new SessionForm();
            f.setFormatId(formatId);
            f.setTitle(title);
            f.setSummary(summary);
            f.setDay(day);
            f.setStart(start);
            f.setEnd(end);
            f.setTrackId(trackId);
            f.setSpeakerIds(speakerIds);
            f.setStatus(status == null ? SessionStatus.SCHEDULED : status);
            f.setStreamUrl(streamUrl);
            f.setRecordingUrl(recordingUrl);
            f.setVersion(version == null ? 0 : version);
            return f;
        }
    }

    /** A session as those who edit the programme see it: what they send back, with its id and version. */
    public record SessionEditJson(long id, long version, String formatId, String title, String summary, LocalDate day,
                                  String start, String end, Long trackId, List<Long> speakerIds, SessionStatus status,
                                  String streamUrl, String recordingUrl) {
        static SessionEditJson of(Session s) {
            SessionForm f = SessionForm.of(s);
            return new SessionEditJson(s.getId(), s.getVersion(), f.getFormatId(), f.getTitle(), f.getSummary(), f.getDay(),
                    HH_MM.format(f.getStart()), HH_MM.format(f.getEnd()), f.getTrackId(), f.getSpeakerIds(),
                    f.getStatus(), f.getStreamUrl(), f.getRecordingUrl());
        }
    }

    /** The public sessions of a published conference, in time order. */
    @GET
    public List<ConferencesResource.SessionJson> all(@PathParam("slug") String slug) {
        Conference c = conferences.publishedWithProgrammeFrame(slug)
                .orElseThrow(() -> new NotFoundException("no published conference '" + slug + "'"));
        return programme.publicSessions(c).stream().map(ConferencesResource::json).toList();
    }

    @GET
    @Path("{id}")
    public SessionEditJson one(@PathParam("slug") String slug, @PathParam("id") long id) {
        access.require(slug, Action.EDIT_PROGRAMME);
        return SessionEditJson.of(changes.find(access.caller(), slug, id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("slug") String slug, InputStream body, @Context UriInfo uri) {
        access.require(slug, Action.EDIT_PROGRAMME);
        SessionWrite in = json.read(body, SessionWrite.class);
        Session s = write(() -> changes.save(access.caller(), slug, 0, in.form(), FormatEditor.NONE));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.getId())).build())
                .entity(SessionEditJson.of(s)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionEditJson update(@PathParam("slug") String slug, @PathParam("id") long id, InputStream body) {
        access.require(slug, Action.EDIT_PROGRAMME);
        SessionWrite in = json.read(body, SessionWrite.class);
        if (in.version() == null) {
            throw new Refused("version", texts.text("required"));
        }
        return SessionEditJson.of(write(() -> changes.save(access.caller(), slug, id, in.form(), FormatEditor.NONE)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("slug") String slug, @PathParam("id") long id, @QueryParam("version") Long version) {
        access.require(slug, Action.EDIT_PROGRAMME);
        long expected = version != null ? version : changes.find(access.caller(), slug, id).getVersion();
        changes.delete(access.caller(), slug, id, expected);
        return Response.noContent().build();
    }

    private static Session write(Supplier<Session> change) {
        try {
            return change.get();
        } catch (Refused e) {
            throw Renamed.fields(e, Map.of("endAfterStart", "end"));
        }
    }
}

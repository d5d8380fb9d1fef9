package org.plenary.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.plenary.platform.access.Action;
import org.plenary.platform.access.Caller;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.conference.ConferenceChanges;
import org.plenary.platform.conference.ConferenceForm;
import org.plenary.platform.conference.Conferences;
import org.plenary.platform.programme.Session;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The published conferences (anyone may read them) and, for those who may, writing conferences: create, change,
 * publish. A conference's sessions and people have their own resources.
 */
@Path("conferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConferencesResource {

    @Inject
    Conferences conferences;

    @Inject
    ConferenceChanges changes;

    @Inject
    ConferenceAccess access;

    @Inject
    JsonInput json;

    @Inject
    Texts texts;

    public record DayJson(LocalDate date, String theme) {
    }

    public record TrackJson(String key, String name, long id) {
    }

    public record ConferenceJson(String slug, String title, String acronym, String description, String timeZone,
                                 LocalDate firstDay, LocalDate lastDay, List<String> languages, List<DayJson> days,
                                 List<TrackJson> tracks, List<String> formats, long version) {
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

    private Conference find(String slug) {
        return conferences.publishedWithProgrammeFrame(slug)
                .orElseThrow(() -> new NotFoundException("no published conference '" + slug + "'"));
    }

    private static ConferenceJson json(Conference c, boolean full) {
        return new ConferenceJson(c.getSlug(), c.getTitle(), c.getAcronym(), c.getDescription(), c.getTimeZone(),
                c.getFirstDay(), c.getLastDay(), c.getLanguages(),
                full ? c.getDays().stream().map(d -> new DayJson(d.getDate(), d.getTheme())).toList() : null,
                full ? c.getTracks().stream().map(t -> new TrackJson(t.getKey(), t.getName(), t.getId())).toList() : null,
                full ? c.getEnabledFormats().stream().sorted().toList() : null, c.getVersion());
    }

    static SessionJson json(Session s) {
        return new SessionJson(s.getId(), s.getTitle(), s.getFormatId(), s.getTrack() == null ? null : s.getTrack().getKey(),
                s.getStart(), s.getEnd(), s.getStatus().name(),
                s.getSpeakers().stream().map(p -> new SpeakerJson(p.getName(), p.getAffiliation(), p.getCountry())).toList(),
                s.getStreamUrl(), s.getRecordingUrl());
    }

    // ---- writes -------------------------------------------------------------------------------------------------

    /** What a client sends to create or change a conference; {@code version} is the one it read, to change one. */
    public record ConferenceWrite(String slug, String title, String acronym, String description, String timeZone,
                                  LocalDate firstDay, LocalDate lastDay, List<String> languages, String contactEmail,
                                  Long version) {
        ConferenceForm form() {
            ConferenceForm f = new ConferenceForm();
            f.setSlug(slug);
            f.setTitle(title);
            f.setAcronym(acronym);
            f.setDescription(description);
            f.setTimeZone(timeZone);
            f.setFirstDay(firstDay);
            f.setLastDay(lastDay);
            f.setLanguages(languages == null ? null : String.join(",", languages));
            f.setContactEmail(contactEmail);
            f.setVersion(version == null ? 0 : version);
            return f;
        }
    }

    /**
     * {@code POST /conferences}: a new, unpublished conference ({@code CREATE_CONFERENCE}: administrators and
     * organisers); its creator becomes its organiser.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body, @Context UriInfo uri) {
        Caller who = access.caller();
        who.require(Action.CREATE_CONFERENCE);
        ConferenceWrite in = json.read(body, ConferenceWrite.class);
        Conference c = write(() -> changes.create(who, in.form()));
        return Response.created(uri.getAbsolutePathBuilder().path(c.getSlug()).build()).entity(json(c, true)).build();
    }

    /** {@code PUT /conferences/{slug}}: the whole conference anew, from the {@code version} read ({@code EDIT_CONFERENCE}). */
    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConferenceJson update(@PathParam("slug") String slug, InputStream body) {
        Conference c = access.require(slug, Action.EDIT_CONFERENCE);
        ConferenceWrite in = json.read(body, ConferenceWrite.class);
        if (in.version() == null) {
            throw new Refused("version", texts.text("required"));
        }
        if (in.slug() != null && !in.slug().equals(c.getSlug())) {
            throw new Refused("slug", texts.text("slugFixed"));
        }
        return json(write(() -> changes.update(access.caller(), slug, in.form())), true);
    }

    /** {@code POST /conferences/{slug}/publish}: participants see it from now on ({@code EDIT_CONFERENCE}). */
    @POST
    @Path("{slug}/publish")
    public ConferenceJson publish(@PathParam("slug") String slug) {
        access.require(slug, Action.EDIT_CONFERENCE);
        return json(changes.publish(access.caller(), slug, true), true);
    }

    private static Conference write(java.util.function.Supplier<Conference> change) {
        try {
            return change.get();
        } catch (Refused e) {
            throw Renamed.fields(e, FORM_CHECKS);
        }
    }

    /** The form's cross-field checks, by the JSON field they are about. */
    private static final Map<String, String> FORM_CHECKS = Map.of("timeZoneKnown", "timeZone", "datesInOrder", "lastDay",
            "datesSpanReasonable", "lastDay", "languagesWellFormed", "languages");
}

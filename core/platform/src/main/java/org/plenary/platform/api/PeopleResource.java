package org.plenary.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.plenary.platform.access.Action;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.people.PeopleChanges;
import org.plenary.platform.people.Person;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;

import java.io.InputStream;
import java.util.List;

/**
 * A conference's people, read and written through the API by those who may keep them ({@code EDIT_PEOPLE} in the
 * conference of the URL): {@code GET /conferences/{slug}/people}, {@code GET …/people/{id}},
 * {@code POST /conferences/{slug}/people}, {@code PUT …/people/{id}} (with the {@code version} read),
 * {@code DELETE …/people/{id}} (optionally {@code ?version=}).
 */
@Path("conferences/{slug}/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    ConferenceAccess access;

    @Inject
    PeopleChanges people;

    @Inject
    JsonInput json;

    @Inject
    Texts texts;

    /** What a client sends; {@code version} is the one it read, required to change a person. */
    public record PersonWrite(String name, String affiliation, String country, String bio, Long organisationId,
                              Long version) {
        PeopleChanges.PersonInput input() {
            return new PeopleChanges.PersonInput(name, affiliation, country, bio, organisationId);
        }
    }

    /** A person as the API gives it back. */
    public record PersonJson(long id, long version, String name, String affiliation, String country, String bio,
                             Long organisationId) {
        static PersonJson of(Person p) {
            return new PersonJson(p.getId(), p.getVersion(), p.getName(), p.getAffiliation(), p.getCountry(), p.getBio(),
                    p.getOrganisation() == null ? null : p.getOrganisation().getId());
        }
    }

    /** The conference's people by name (those who may keep them only: people are not all public). */
    @GET
    public List<PersonJson> all(@PathParam("slug") String slug) {
        Conference c = access.require(slug, Action.EDIT_PEOPLE);
        return people.people(access.caller(), c).stream().map(PersonJson::of).toList();
    }

    @GET
    @Path("{id}")
    public PersonJson one(@PathParam("slug") String slug, @PathParam("id") long id) {
        Conference c = access.require(slug, Action.EDIT_PEOPLE);
        return PersonJson.of(people.person(access.caller(), c, id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("slug") String slug, InputStream body, @Context UriInfo uri) {
        Conference c = access.require(slug, Action.EDIT_PEOPLE);
        PersonWrite in = json.read(body, PersonWrite.class);
        Person p = people.createPerson(access.caller(), c, in.input());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.getId())).build())
                .entity(PersonJson.of(p)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonJson update(@PathParam("slug") String slug, @PathParam("id") long id, InputStream body) {
        Conference c = access.require(slug, Action.EDIT_PEOPLE);
        PersonWrite in = json.read(body, PersonWrite.class);
        if (in.version() == null) {
            throw new Refused("version", texts.text("required"));
        }
        return PersonJson.of(people.updatePerson(access.caller(), c, id, in.version(), in.input()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("slug") String slug, @PathParam("id") long id, @QueryParam("version") Long version) {
        Conference c = access.require(slug, Action.EDIT_PEOPLE);
        people.deletePerson(access.caller(), c, id, version);
        return Response.noContent().build();
    }
}

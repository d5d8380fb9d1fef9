package org.plenary.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.plenary.platform.questions.Moderation;
import org.plenary.platform.questions.PublicQuestions;
import org.plenary.platform.questions.Question;
import org.plenary.platform.questions.Questions;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;

import java.io.InputStream;

/**
 * A session's Q&amp;A over HTTP:
 * <ul>
 *   <li>{@code GET /sessions/{id}/questions}: anyone, its {@link PublicQuestions} (approved questions only), the same
 *       JSON its viewers' web socket is pushed;</li>
 *   <li>{@code POST /sessions/{id}/questions} {@code {"text": …, "showName": true}}: the caller asks (201, the question
 *       waits for a moderator);</li>
 *   <li>{@code POST /sessions/{id}/questions/{question}/vote}: the caller votes (204, also when they had voted);</li>
 *   <li>{@code POST /sessions/{id}/questions/{question}/moderation} {@code {"decision": "APPROVE"}} (or {@code HIDE},
 *       {@code ANSWERED}, {@code NOT_ANSWERED}, {@code PIN}, {@code UNPIN}): a moderator of the session's conference
 *       decides, as on the moderator's page; the question's {@code id}, {@code state}, {@code answered}, {@code pinned}
 *       answer (404 for anyone who holds no console role there).</li>
 * </ul>
 * Writes need an API token or the signed-in session, as every write of the API. A session that is no public
 * session with Q&amp;A, or a question not approved in it, is 404; a text refused is 400, Q&amp;A closed 409, too many
 * questions or votes in a minute 429.
 */
@Path("sessions/{id}/questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuestionsResource {

    @Inject
    Questions questions;

    @Inject
    PublicQuestions publicQuestions;

    @Inject
    ConferenceAccess access;

    @Inject
    JsonInput json;

    @Inject
    Texts texts;

    /** What a client sends to ask. */
    public record AskJson(String text, Boolean showName) {
    }

    /** What a moderator sends to decide on a question. */
    public record DecisionJson(Moderation decision) {
    }

    @GET
    public Response visible(@PathParam("id") long id) {
        questions.publicSession(id);
        return Response.ok(publicQuestions.of(id).toString()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("id") long id, InputStream body) {
        AskJson in = json.read(body, AskJson.class);
        Question q = questions.ask(access.caller(), id, in.text(), Boolean.TRUE.equals(in.showName()));
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("id", q.getId())
                .add("state", q.getState().name()).build().toString()).build();
    }

    @POST
    @Path("{question}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response moderate(@PathParam("id") long id, @PathParam("question") long question, InputStream body) {
        DecisionJson in = json.read(body, DecisionJson.class);
        if (in.decision() == null) {
            throw new Refused("decision", texts.text("required"));
        }
        Question q = questions.moderate(access.caller(), id, question, in.decision());
        return Response.ok(Json.createObjectBuilder().add("id", q.getId()).add("state", q.getState().name())
                .add("answered", q.isAnswered()).add("pinned", q.isPinned()).build().toString()).build();
    }

    @POST
    @Path("{question}/vote")
    public Response vote(@PathParam("id") long id, @PathParam("question") long question) {
        questions.vote(access.caller(), id, question);
        return Response.noContent().build();
    }
}

package org.plenary.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.plenary.platform.access.NotAllowed;
import org.plenary.platform.access.NotFound;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.questions.QuestionRefused;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Stale;
import org.plenary.platform.validation.Texts;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the API as {@code {"status":…,"error":"…"}}, never a stack trace, in the request's language:
 * {@link QuestionRefused} for Q&amp;A closed → 409, for too many questions or votes → 429, any other {@link Refused} → 400 with {@code "problems":[{"field":…,"message":…}]}, {@link MalformedJson} → 400,
 * {@link NotAllowed} → 403, {@link NotFound} → 404, {@link Stale} (or a version conflict found at commit) → 409,
 * a body over {@link BodyLimit#MAX_BYTES} → 413, any other {@link WebApplicationException} → its own status,
 * anything else → 500 (logged).
 */
@Provider
@ApplicationScoped
public class ErrorJson implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorJson.class.getName());

    @Inject
    Texts texts;

    /** The body of every error; {@code problems} only for 400s about fields. */
    @JsonbPropertyOrder({"status", "error", "problems"})
    public record Body(int status, String error, List<Problem> problems) {
        public Body(int status, String error) {
            this(status, error, null);
        }
    }

    @Override
    public Response toResponse(Throwable e) {
        Body body = known(e);
        if (body == null) {
            LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
            body = new Body(500, texts.text("internalError"));
        }
        Response.ResponseBuilder answer = Response.status(body.status()).type(MediaType.APPLICATION_JSON).entity(body);
        if (body.status() == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, BearerAuthentication.CHALLENGE);
        }
        return answer.build();
    }

    private Body known(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof QuestionRefused q && q.reason() != QuestionRefused.Reason.INVALID) {
                return new Body(q.reason() == QuestionRefused.Reason.CLOSED ? 409 : 429, q.getMessage(), q.problems());
            }
            if (c instanceof Refused r) {
                return new Body(400, texts.text("refused"), r.problems());
            }
            if (c instanceof MalformedJson m) {
                return new Body(400, m.getMessage());
            }
            if (c instanceof NotAllowed) {
                return new Body(403, texts.text("notAllowed"));
            }
            if (c instanceof NotFound) {
                return new Body(404, texts.text("notFound"));
            }
            if (c instanceof Stale s) {
                return new Body(409, s.getMessage());
            }
            if (c instanceof OptimisticLockException) {
                return new Body(409, texts.text("stale"));
            }
            if (c instanceof BodyLimit.TooLarge t) {
                return new Body(413, t.getMessage());
            }
            if (c instanceof NotAuthorizedException) {
                return new Body(401, texts.text("signInFirst"));
            }
            if (c instanceof WebApplicationException w) {
                return new Body(w.getResponse().getStatus(), w.getMessage());
            }
        }
        return null;
    }
}

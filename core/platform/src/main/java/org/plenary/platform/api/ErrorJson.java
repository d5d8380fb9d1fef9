package org.plenary.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error of the API as {@code {"status":…,"error":"…"}}, never a stack trace. */
@Provider
public class ErrorJson implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorJson.class.getName());

    public record Body(int status, String error) {
    }

    @Override
    public Response toResponse(Throwable e) {
        int status;
        String message;
        if (e instanceof WebApplicationException w) {
            status = w.getResponse().getStatus();
            message = w.getMessage();
        } else {
            LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
            status = 500;
            message = "internal error";
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new Body(status, message)).build();
    }
}

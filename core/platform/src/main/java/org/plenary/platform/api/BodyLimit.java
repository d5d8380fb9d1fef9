package org.plenary.platform.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.plenary.platform.validation.Texts;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No request body of the API is longer than {@value #MAX_BYTES} bytes: a longer Content-Length is answered 413
 * before anything else, and a body sent without one (chunked) is cut off at the limit while it is read, with the
 * same answer.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class BodyLimit implements ContainerRequestFilter {

    public static final int MAX_BYTES = 1024 * 1024;

    @Inject
    Texts texts;

    /** A body over the limit: the API answers 413. */
    public static class TooLarge extends WebApplicationException {
        public TooLarge(String message) {
            super(message, Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            request.abortWith(Response.status(413).type(MediaType.APPLICATION_JSON)
                    .entity(new ErrorJson.Body(413, message())).build());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Capped(request.getEntityStream(), message()));
        }
    }

    private static boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String message() {
        return texts.text("tooLarge", MAX_BYTES / 1024 / 1024);
    }

    /** Reads on until the limit, then fails. */
    static final class Capped extends FilterInputStream {
        private final String message;
        private long read;

        Capped(InputStream in, String message) {
            super(in);
            this.message = message;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge(message);
            }
        }
    }
}

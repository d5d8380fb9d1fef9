package org.plenary.platform.access;

/**
 * Nothing of that id in the conference asked about (or nothing at all). Pages answer 404, the API a JSON 404; a
 * session, person or day of another conference is "not found" too, whatever its id.
 */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}

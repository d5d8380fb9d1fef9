package org.plenary.platform.access;

/** The caller may not do this here. Pages answer 403, the API a JSON 403; nothing is changed. */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}

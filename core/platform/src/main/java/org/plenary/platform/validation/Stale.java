package org.plenary.platform.validation;

/**
 * Someone else changed the thing since the caller read it (its version moved on): nothing was written. Pages keep
 * the user's input and say so; the API answers 409.
 */
public class Stale extends RuntimeException {

    public Stale(String message) {
        super(message);
    }
}

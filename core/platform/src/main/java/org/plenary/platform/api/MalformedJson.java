package org.plenary.platform.api;

/** A request body that is not the JSON object expected (not JSON at all, or not an object): the API answers 400. */
public class MalformedJson extends RuntimeException {

    public MalformedJson(String message) {
        super(message);
    }
}

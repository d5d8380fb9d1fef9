package org.plenary.platform.validation;

/**
 * One thing wrong with what a user entered or sent.
 *
 * @param field   the field at fault as the form or JSON names it ({@code title}, {@code start}, …); empty when the
 *                problem is with the whole
 * @param message what is wrong, in the language of the request
 */
public record Problem(String field, String message) {
}

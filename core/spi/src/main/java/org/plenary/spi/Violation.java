package org.plenary.spi;

/**
 * One reason a session draft is refused.
 *
 * @param field   the field at fault ({@code title}, {@code start}, {@code speakers}, …) or a format field name
 * @param message what is wrong, in words an organiser understands
 * @since 1.0
 */
public record Violation(String field, String message) {
}

package org.plenary.platform.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A change refused for what was entered; nothing was written. Pages put each problem next to its field; the API
 * answers 400 with the problems by field.
 */
public class Refused extends RuntimeException {

    private final transient List<Problem> problems;

    public Refused(List<Problem> problems) {
        super(problems.stream().map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public Refused(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}

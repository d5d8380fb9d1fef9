package org.plenary.platform.transfer;

import java.util.List;

/** An import refused, with every problem found, each prefixed with where it is ({@code sessions[3].start: …}). */
public class InvalidImport extends RuntimeException {

    private final List<String> problems;

    public InvalidImport(List<String> problems) {
        super("the conference was not imported: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

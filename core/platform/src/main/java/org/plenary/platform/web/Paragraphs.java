package org.plenary.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/** Splits plain text at blank lines into paragraphs, for pages that show descriptions and abstracts. */
@Named
@ApplicationScoped
public class Paragraphs {

    public List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}

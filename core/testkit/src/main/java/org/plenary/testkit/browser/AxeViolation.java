package org.plenary.testkit.browser;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One axe-core rule that a page breaks, as {@link Axe} reports it.
 *
 * @param rule     axe's rule id, e.g. {@code color-contrast}, {@code label}, {@code heading-order}
 * @param impact   {@code minor}, {@code moderate}, {@code serious} or {@code critical}
 * @param help     what the rule asks for, in a sentence
 * @param helpUrl  Deque's page about the rule
 * @param elements every element of the page that breaks it
 */
public record AxeViolation(String rule, String impact, String help, String helpUrl, List<Element> elements) {

    public AxeViolation {
        elements = List.copyOf(elements);
    }

    /**
     * An element that breaks a rule.
     *
     * @param target  a CSS selector of the element (frames and shadow roots joined by {@code >>>})
     * @param html    the element's opening HTML, as axe shows it
     * @param summary axe's advice: what to fix, e.g. the contrast ratio found and the one needed
     */
    public record Element(String target, String html, String summary) {
    }

    /** "- color-contrast (serious): …" followed by one indented block per element. */
    @Override
    public String toString() {
        return "- " + rule + " (" + impact + "): " + help + " [" + helpUrl + "]\n" + elements.stream()
                .map(e -> "    at " + e.target() + "\n      " + e.html().replace("\n", " ")
                        + "\n      " + e.summary().replace("\n", "\n      "))
                .collect(Collectors.joining("\n"));
    }
}

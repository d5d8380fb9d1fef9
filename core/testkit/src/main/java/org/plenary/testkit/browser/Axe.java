package org.plenary.testkit.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks the page a {@link Browser} shows with <a href="https://github.com/dequelabs/axe-core">axe-core</a>, by
 * default against WCAG 2.0 and 2.1, levels A and AA. The axe script comes from the test class path (the
 * {@code axe.min.js} that {@code com.deque.html.axe-core:selenium} bundles), is injected into the page and run
 * there: nothing is fetched from elsewhere.
 *
 * <pre>{@code
 * browser.open("programme.xhtml?c=mlw2020");
 * Axe.wcag21aa().assertNoViolations(browser);
 * }</pre>
 * A failure lists each violated rule with its impact, what it asks for, and every element that breaks it (a CSS
 * selector, the element's HTML and axe's advice). Axe needs JavaScript: run it before
 * {@link Browser#javaScript(boolean) switching JavaScript off}, or after switching it back on.
 *
 * <p>Axe finds what a program can find (roughly a third to a half of WCAG's criteria); keyboard use, reading order
 * and wording still need tests of their own and a person.
 */
public final class Axe {

    /** The axe tags of WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The class-path resource holding axe-core. */
    public static final String SCRIPT = "axe.min.js";

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);
    private static volatile String source;

    private final List<String> tags;
    private final List<String> skippedRules;
    private final List<String> excluded;

    private Axe(List<String> tags, List<String> skippedRules, List<String> excluded) {
        this.tags = List.copyOf(tags);
        this.skippedRules = List.copyOf(skippedRules);
        this.excluded = List.copyOf(excluded);
    }

    /** The rules of WCAG 2.0 and 2.1 at levels A and AA ({@link #WCAG_21_AA}). */
    public static Axe wcag21aa() {
        return new Axe(WCAG_21_AA, List.of(), List.of());
    }

    /**
     * The same check without some rules (axe rule ids such as {@code "color-contrast"}). Say why next to the call:
     * a rule left out is a criterion nobody checks.
     */
    public Axe withoutRules(String... ruleIds) {
        List<String> rules = new ArrayList<>(skippedRules);
        rules.addAll(List.of(ruleIds));
        return new Axe(tags, rules, excluded);
    }

    /** The same check leaving out the parts of the page that match these CSS selectors (e.g. a third party's widget). */
    public Axe excluding(String... cssSelectors) {
        List<String> selectors = new ArrayList<>(excluded);
        selectors.addAll(List.of(cssSelectors));
        return new Axe(tags, skippedRules, selectors);
    }

    /** Runs axe on the page shown now and returns what it found; empty when the page passes. */
    public List<AxeViolation> violations(Browser browser) {
        inject(browser);
        var timeouts = browser.driver().manage().timeouts();
        Duration before = timeouts.getScriptTimeout();
        timeouts.scriptTimeout(RUN_TIMEOUT);
        Object answer;
        try {
            answer = browser.asyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + " const context = arguments[2].length ? {exclude: arguments[2].map(s => [s])} : document;"
                    + " const options = {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations'],"
                    + "   rules: Object.fromEntries(arguments[1].map(r => [r, {enabled: false}]))};"
                    + " axe.run(context, options).then(r => done(JSON.stringify(r.violations)),"
                    + "   e => done(JSON.stringify({error: String(e)})));",
                    tags, skippedRules, excluded);
        } finally {
            timeouts.scriptTimeout(before);
        }
        if (!(answer instanceof String json)) {
            throw new IllegalStateException("axe-core gave no answer on " + browser.currentUrl() + ": " + answer);
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject error) {
                throw new IllegalStateException("axe-core failed on " + browser.currentUrl() + ": " + error.getString("error", "?"));
            }
            return value.asJsonArray().stream().map(JsonValue::asJsonObject).map(Axe::violation).toList();
        }
    }

    /**
     * Fails when axe finds any violation on the page shown now, with a readable list: the page, the window size,
     * and for each rule its id, impact, help text and the elements that break it.
     */
    public void assertNoViolations(Browser browser) {
        List<AxeViolation> found = violations(browser);
        if (!found.isEmpty()) {
            int elements = found.stream().mapToInt(v -> v.elements().size()).sum();
            throw new AssertionError(found.size() + " accessibility rule(s) broken by " + elements + " element(s) on "
                    + browser.currentUrl() + " (" + browser.windowSize() + ", axe tags " + tags + "):\n"
                    + found.stream().map(AxeViolation::toString).collect(Collectors.joining("\n")));
        }
    }

    private static void inject(Browser browser) {
        Object present = browser.script("return typeof window.axe === 'object';");
        if (!Boolean.TRUE.equals(present)) {
            browser.script(source() + "\n;window.axe = axe;");
        }
    }

    static String source() {
        String s = source;
        if (s == null) {
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IllegalStateException(SCRIPT + " is not on the class path: add the test dependency"
                            + " com.deque.html.axe-core:selenium (it bundles axe-core)");
                }
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            source = s;
        }
        return s;
    }

    private static AxeViolation violation(JsonObject v) {
        List<AxeViolation.Element> elements = v.getJsonArray("nodes").stream().map(JsonValue::asJsonObject)
                .map(n -> new AxeViolation.Element(target(n.getJsonArray("target")), n.getString("html", ""),
                        n.getString("failureSummary", "")))
                .toList();
        return new AxeViolation(v.getString("id"), v.isNull("impact") ? "unknown" : v.getString("impact", "unknown"),
                v.getString("help", ""), v.getString("helpUrl", ""), elements);
    }

    private static String target(JsonArray target) {
        return target.stream().map(t -> t instanceof JsonString s ? s.getString() : t.toString())
                .collect(Collectors.joining(" >>> "));
    }

    @Override
    public String toString() {
        return "axe " + tags + (skippedRules.isEmpty() ? "" : " without " + skippedRules)
                + (excluded.isEmpty() ? "" : " excluding " + excluded);
    }
}

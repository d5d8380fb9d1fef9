package org.plenary.platform.languages;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every language the platform speaks has every text of the participant pages, their e-mails and their messages:
 * a key added in English only would show English in the middle of a French or Arabic page.
 */
class BundlesTest {

    /** What participants read; the console's bundles may lag (it falls back to English). */
    static final List<String> PARTICIPANT_BUNDLES = List.of(
            "org/plenary/platform/web/messages",
            "org/plenary/platform/validation/messages",
            "org/plenary/platform/registration/mail",
            "org/plenary/platform/registration/messages",
            "org/plenary/platform/networking/mail",
            "org/plenary/platform/agenda/calendar",
            "ValidationMessages");

    @TestFactory
    List<DynamicTest> eachSpokenLanguageHasEveryKey() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Locale language : Languages.SPOKEN.all().subList(1, Languages.SPOKEN.all().size())) {
            for (String bundle : PARTICIPANT_BUNDLES) {
                String file = bundle + "_" + language.toLanguageTag() + ".properties";
                tests.add(DynamicTest.dynamicTest(file, () -> {
                    Set<String> english = keys(bundle + ".properties");
                    Set<String> translated = keys(file);
                    Set<String> missing = new TreeSet<>(english);
                    missing.removeAll(translated);
                    Set<String> extra = new TreeSet<>(translated);
                    extra.removeAll(english);
                    assertEquals("", (missing.isEmpty() ? "" : "missing " + missing) + (extra.isEmpty() ? "" : " unknown " + extra),
                            file + " against " + bundle + ".properties");
                }));
            }
        }
        return tests;
    }

    private static Set<String> keys(String resource) {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

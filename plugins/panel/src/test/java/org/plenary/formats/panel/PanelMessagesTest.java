package org.plenary.formats.panel;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The panel speaks English, French and Arabic, each with every text; its problems read well in each. */
class PanelMessagesTest {

    private static final List<String> LANGUAGES = List.of("fr", "ar");

    @Test
    void everyLanguageHasEveryText() throws Exception {
        Properties english = load("formats/panel/messages.properties");
        for (String language : LANGUAGES) {
            Properties translated = load("formats/panel/messages_" + language + ".properties");
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()), language);
        }
        for (PanelKind kind : PanelKind.values()) {
            assertTrue(english.containsKey("panel.kind." + kind.name()), kind.name());
        }
    }

    @Test
    void itsNameFollowsTheLanguage() {
        PanelFormat panel = new PanelFormat(null, null);
        assertEquals("Panel", panel.displayName(Locale.ENGLISH));
        assertEquals("Panel", panel.displayName(Locale.FRENCH));
        assertEquals("حلقة نقاش", panel.displayName(Locale.forLanguageTag("ar")));
    }

    @Test
    void problemsKeepTheirApostrophesAndFillTheirPlaces() throws Exception {
        for (String language : List.of("", "_fr", "_ar")) {
            Properties messages = load("formats/panel/messages" + language + ".properties");
            for (String key : messages.stringPropertyNames()) {
                if (key.startsWith("panel.problem.")) {
                    assertFalse(messages.getProperty(key).contains("'"),
                            key + language + ": a straight apostrophe is lost by MessageFormat; write ’");
                }
            }
        }
        var problem = PanelProblem.of("moderator", "moderatorSits", "Léonie Moreau-Sato");
        assertEquals("Léonie Moreau-Sato moderates this panel and cannot also sit on it as a panellist.", problem.in(Locale.ROOT));
        assertEquals("Léonie Moreau-Sato modère ce panel et ne peut pas aussi y siéger comme panéliste.", problem.in(Locale.FRENCH));
        assertEquals("The moderator chosen is not one of this conference’s people.",
                PanelProblem.of("moderator", "moderatorStranger").in(Locale.forLanguageTag("zh")), "English for a language it does not speak");
    }

    private static Properties load(String resource) throws Exception {
        try (InputStream in = PanelMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}

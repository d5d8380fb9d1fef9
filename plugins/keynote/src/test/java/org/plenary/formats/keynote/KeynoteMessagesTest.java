package org.plenary.formats.keynote;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The keynote speaks English, French and Arabic, each with every text, its name in the participant's language. */
class KeynoteMessagesTest {

    @Test
    void everyLanguageHasEveryText() throws Exception {
        Properties english = load("formats/keynote/messages.properties");
        for (String language : List.of("fr", "ar")) {
            Properties translated = load("formats/keynote/messages_" + language + ".properties");
            assertEquals(new java.util.TreeSet<>(english.stringPropertyNames()), new java.util.TreeSet<>(translated.stringPropertyNames()), language);
        }
    }

    @Test
    void itsNameFollowsTheLanguage() {
        KeynoteFormat keynote = new KeynoteFormat(null);
        assertEquals("Keynote", keynote.displayName(Locale.ENGLISH));
        assertEquals("Allocution liminaire", keynote.displayName(Locale.FRENCH));
        assertEquals("كلمة رئيسية", keynote.displayName(Locale.forLanguageTag("ar")));
    }

    private static Properties load(String resource) throws Exception {
        try (InputStream in = KeynoteMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}

package org.plenary.platform.languages;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Test
    void thePlatformSpeaksTheLanguagesOfItsPageBundlesEnglishFirst() {
        assertEquals(List.of(Locale.ENGLISH, ARABIC, Locale.FRENCH), Languages.SPOKEN.all());
        assertEquals(List.of(Locale.ENGLISH, Locale.FRENCH), Languages.CONSOLE.all(), "the console has no Arabic bundle");
    }

    @Test
    void aBundleFileIsAllItTakesToSpeakALanguage() {
        ClassLoader withChinese = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public java.net.URL getResource(String name) {
                return name.equals("org/plenary/platform/web/messages_zh.properties")
                        ? super.getResource("org/plenary/platform/web/messages.properties") : super.getResource(name);
            }
        };
        assertEquals(List.of("en", "ar", "fr", "zh"), Languages.of(Languages.PAGES_BUNDLE, withChinese).all().stream()
                .map(Locale::toLanguageTag).toList());
    }

    @Test
    void acceptLanguagePicksTheFirstSpokenLanguageByWeight() {
        assertAll(
                () -> assertEquals(Optional.of(Locale.FRENCH), Languages.SPOKEN.best("fr-CA,fr;q=0.9,en;q=0.8")),
                () -> assertEquals(Optional.of(ARABIC), Languages.SPOKEN.best("de-DE,de;q=0.9,ar-EG;q=0.8,en;q=0.5")),
                () -> assertEquals(Optional.of(Locale.ENGLISH), Languages.SPOKEN.best("en;q=0.5, fr;q=0.1")),
                () -> assertEquals(Optional.of(Locale.FRENCH), Languages.SPOKEN.best("en;q=0, fr")),
                () -> assertEquals(Optional.empty(), Languages.SPOKEN.best("de, ja;q=0.5, *;q=0.1")),
                () -> assertEquals(Optional.empty(), Languages.SPOKEN.best("not a header;;q=x")),
                () -> assertEquals(Optional.of(ARABIC), Languages.SPOKEN.best("de;;q=x,ar,en;q=0.4"), "a bad entry is skipped"),
                () -> assertEquals(Optional.empty(), Languages.SPOKEN.best(null)));
    }

    @Test
    void aTagOrALocaleFindsItsLanguageOrNothing() {
        assertAll(
                () -> assertEquals(Optional.of(Locale.FRENCH), Languages.SPOKEN.find("FR")),
                () -> assertEquals(Optional.of(Locale.FRENCH), Languages.SPOKEN.find("fr_BE")),
                () -> assertEquals(Optional.of(ARABIC), Languages.SPOKEN.find("ar-SA")),
                () -> assertEquals(Optional.empty(), Languages.SPOKEN.find("xx")),
                () -> assertEquals(Optional.empty(), Languages.SPOKEN.find("<script>")),
                () -> assertEquals(Locale.ENGLISH, Languages.SPOKEN.closest(Locale.JAPANESE)),
                () -> assertEquals(Locale.ENGLISH, Languages.CONSOLE.closest(ARABIC)));
    }

    @Test
    void arabicHebrewPersianAndUrduAreWrittenRightToLeft() {
        for (String tag : List.of("ar", "he", "fa", "ur", "ar-EG", "az-Arab")) {
            assertTrue(Languages.isRightToLeft(Locale.forLanguageTag(tag)), tag);
        }
        for (String tag : List.of("en", "fr", "zh", "ru", "es", "uz-Latn")) {
            assertFalse(Languages.isRightToLeft(Locale.forLanguageTag(tag)), tag);
        }
        assertEquals("rtl", Languages.direction(ARABIC));
        assertEquals("ltr", Languages.direction(Locale.FRENCH));
    }

    @Test
    void eachLanguageIsNamedInItself() {
        assertEquals(List.of("English", "العربية", "Français"),
                Languages.SPOKEN.all().stream().map(Languages::nameInItself).toList());
    }
}

package org.plenary.platform.programme;

import org.junit.jupiter.api.Test;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.persistence.Ids;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session's title and abstract in the conference's other languages, falling back to the original field by field. */
class SessionTranslationTest {

    private final Conference mlw = new Conference("mlw2020", "Mobile Learning Week 2020", ZoneId.of("Europe/Paris"),
            LocalDate.parse("2020-10-12"), LocalDate.parse("2020-10-14"), List.of("en", "fr", "ar"));
    private final Session opening = Ids.assign(new Session(mlw, "keynote", "Opening ceremony",
            Instant.parse("2020-10-12T08:30:00Z"), Instant.parse("2020-10-12T08:45:00Z")));

    @Test
    void aTranslatedTitleIsShownInItsLanguageAndTheOriginalElsewhere() {
        opening.describe("Welcome to the week.", null, null);
        opening.translate("fr", "Cérémonie d'ouverture", null);

        assertAll(
                () -> assertEquals("Cérémonie d'ouverture", opening.titleIn(Locale.FRENCH)),
                () -> assertEquals("Cérémonie d'ouverture", opening.titleIn(Locale.CANADA_FRENCH)),
                () -> assertEquals("Welcome to the week.", opening.summaryIn(Locale.FRENCH), "no French abstract: the original"),
                () -> assertEquals("Opening ceremony", opening.titleIn(Locale.forLanguageTag("ar"))),
                () -> assertEquals("Opening ceremony", opening.titleIn(Locale.ENGLISH)),
                () -> assertEquals("fr", opening.languageOf(Locale.FRENCH)),
                () -> assertEquals("en", opening.languageOf(Locale.forLanguageTag("ar"))),
                () -> assertEquals("Cérémonie d'ouverture", opening.details(Locale.FRENCH).title()),
                () -> assertEquals("Opening ceremony", opening.details().title()));
    }

    @Test
    void aTranslationIsReplacedAndABlankOneTakenAway() {
        opening.translate("fr", "Ouverture", "Bienvenue.");
        opening.translate("FR", "Cérémonie d'ouverture", "Bienvenue à tous.");
        assertEquals(1, opening.getTranslations().size());
        assertEquals("Bienvenue à tous.", opening.summaryIn(Locale.FRENCH));

        opening.translate("fr", " ", null);
        assertTrue(opening.getTranslations().isEmpty());
    }

    @Test
    void onlyTheConferencesOtherLanguagesWithATitleAndWithinLimits() {
        assertAll(
                () -> assertEquals("'en' is not one of the conference's other languages [fr, ar]",
                        assertThrows(IllegalArgumentException.class, () -> opening.translate("en", "Opening", null)).getMessage()),
                () -> assertEquals("'de' is not one of the conference's other languages [fr, ar]",
                        assertThrows(IllegalArgumentException.class, () -> opening.translate("de", "Eröffnung", null)).getMessage()),
                () -> assertEquals("a translation into 'ar' needs a title",
                        assertThrows(IllegalArgumentException.class, () -> opening.translate("ar", "", "مرحبا")).getMessage()),
                () -> assertEquals("the translation into 'fr' is too long",
                        assertThrows(IllegalArgumentException.class, () -> opening.translate("fr", "x".repeat(301), null)).getMessage()));
        assertTrue(opening.getTranslations().isEmpty(), "nothing refused was kept");
    }

    @Test
    void aConferenceTranslatesItsTitleAndDescriptionToo() {
        mlw.describe("MLW 2020", "The flagship event.", null);
        mlw.translate("fr", "Semaine de l'apprentissage mobile 2020", null);
        assertAll(
                () -> assertEquals("Semaine de l'apprentissage mobile 2020", mlw.titleIn(Locale.FRENCH)),
                () -> assertEquals("The flagship event.", mlw.descriptionIn(Locale.FRENCH)),
                () -> assertEquals("Mobile Learning Week 2020", mlw.titleIn(Locale.forLanguageTag("ar"))),
                () -> assertEquals("en", mlw.mainLanguageTag()),
                () -> assertEquals(List.of("fr", "ar"), mlw.translationLanguages()));
    }
}

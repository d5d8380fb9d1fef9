package org.plenary.platform.registration;

import org.junit.jupiter.api.Test;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.conference.Conference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrationTest {

    private static final Instant NOW = Instant.parse("2026-09-01T08:00:00Z");
    private final Conference mlw = new Conference("mlw", "MLW", ZoneId.of("Europe/Paris"), LocalDate.parse("2026-10-12"),
            LocalDate.parse("2026-10-14"), List.of("en", "fr"));
    private final Account amina = new Account("Amina@Example.org", "Amina", "hash", NOW);
    private final RegistrantDetails details = new RegistrantDetails(ParticipantCategory.TEACHER, "Ministry", "ke",
            List.of("sw", "en"), ZoneId.of("Africa/Nairobi"), List.of("mobile learning"), true);

    @Test
    void aNewRegistrationWaitsForItsLinkAndKeepsWhatWasSaid() {
        Registration r = new Registration(mlw, amina, details, NOW);
        assertEquals(RegistrationStatus.PENDING, r.getStatus());
        assertEquals("KE", r.getCountry());
        assertEquals("Kenya", r.countryName(java.util.Locale.ENGLISH));
        assertEquals(List.of("en", "sw"), r.getLanguages());
        assertEquals(NOW, r.getPrivacyConsentAt());
        assertEquals(NOW, r.getListedConsentAt());
        assertTrue(r.getStatus().holdsPlace());
    }

    @Test
    void onlyTheLatestLinkConfirmsBeforeItExpiresAndOnlyOnce() {
        Registration r = new Registration(mlw, amina, details, NOW);
        String first = r.issueToken(NOW, Duration.ofDays(7));
        String second = r.issueToken(NOW.plusSeconds(120), Duration.ofDays(7));
        assertNotEquals(first, second);
        assertFalse(r.acceptsToken(first, NOW.plusSeconds(180)), "a newer link replaces the old one");
        assertFalse(r.acceptsToken(second, NOW.plus(Duration.ofDays(8))), "expired");
        assertFalse(r.acceptsToken("not a token", NOW.plusSeconds(180)));
        assertTrue(r.acceptsToken(second, NOW.plusSeconds(180)));
        r.confirm(NOW.plusSeconds(200));
        assertEquals(RegistrationStatus.CONFIRMED, r.getStatus());
        assertNotNull(r.getConfirmedAt());
        assertFalse(r.acceptsToken(second, NOW.plusSeconds(210)), "used up");
        assertNull(r.getTokenExpiresAt());
        assertThrows(IllegalStateException.class, () -> r.issueToken(NOW, Duration.ofDays(1)), "nothing to confirm any more");
    }

    @Test
    void aLinkIsSentAgainOnlyAfterTheSpacing() {
        Registration r = new Registration(mlw, amina, details, NOW);
        assertTrue(r.mayResend(NOW, Duration.ofMinutes(1)));
        r.issueToken(NOW, Duration.ofDays(7));
        assertFalse(r.mayResend(NOW.plusSeconds(30), Duration.ofMinutes(1)));
        assertTrue(r.mayResend(NOW.plusSeconds(60), Duration.ofMinutes(1)));
    }

    @Test
    void aCancelledRegistrationFreesItsPlaceAndMayBeTakenUpAgain() {
        Registration r = new Registration(mlw, amina, details, NOW);
        String token = r.issueToken(NOW, Duration.ofDays(7));
        r.cancel(NOW.plusSeconds(10));
        assertFalse(r.getStatus().holdsPlace());
        assertFalse(r.acceptsToken(token, NOW.plusSeconds(20)), "a cancelled registration's link stops working");
        assertThrows(IllegalStateException.class, () -> r.confirm(NOW.plusSeconds(30)));
        RegistrantDetails unlisted = new RegistrantDetails(ParticipantCategory.RESEARCHER, null, "FR", List.of(),
                ZoneId.of("Europe/Paris"), List.of(), false);
        r.reopen(unlisted, NOW.plusSeconds(40));
        assertEquals(RegistrationStatus.PENDING, r.getStatus());
        assertNull(r.getCancelledAt());
        assertFalse(r.isListed());
        assertNull(r.getListedConsentAt());
        assertEquals(NOW.plusSeconds(40), r.getPrivacyConsentAt(), "consent given anew");
    }

    @Test
    void theConferenceKeepsItsCapAndClosingTime() {
        assertTrue(mlw.registrationOpenAt(NOW), "no closing time: open");
        assertTrue(mlw.hasPlaceBeyond(1_000_000), "no cap");
        mlw.governRegistration(2, NOW.plusSeconds(60), null);
        assertTrue(mlw.hasPlaceBeyond(1));
        assertFalse(mlw.hasPlaceBeyond(2));
        assertTrue(mlw.registrationOpenAt(NOW.plusSeconds(59)));
        assertFalse(mlw.registrationOpenAt(NOW.plusSeconds(60)));
        assertThrows(IllegalArgumentException.class, () -> mlw.governRegistration(-1, null, null));
    }

    @Test
    void theFormTurnsInterestsIntoTagsAndChecksCountriesAndLanguages() {
        RegistrationForm form = new RegistrationForm();
        form.setInterests(" Mobile  Learning, teacher training;mobile learning ,, ");
        assertEquals(List.of("mobile learning", "teacher training"), form.interestList());
        form.setCountry("ke");
        assertTrue(form.isCountryKnown());
        form.setCountry("XX");
        assertFalse(form.isCountryKnown());
        form.setLanguages(List.of("sw", "zz"));
        assertFalse(form.isLanguagesKnown());
        form.setInterests("a,b,c,d,e,f,g,h,i,j,k");
        assertFalse(form.isInterestsShort());
    }
}

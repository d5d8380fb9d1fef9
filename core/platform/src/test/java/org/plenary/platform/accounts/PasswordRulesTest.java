package org.plenary.platform.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordRulesTest {

    private final PasswordRules rules = PasswordRules.standard();

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertEquals(List.of(), rules.problems("blue tangerine orbit 42", "ana@example.org"));
        assertEquals(List.of(), rules.problems("Kx7#qLm2!vRw", null), "exactly 12 characters");
    }

    @Test
    void elevenCharactersAreTooFew() {
        assertEquals(List.of(PasswordProblem.TOO_SHORT), rules.problems("Kx7#qLm2!vR", null));
        assertEquals(List.of(PasswordProblem.TOO_SHORT), rules.problems("", null));
        assertEquals(List.of(PasswordProblem.TOO_SHORT), rules.problems(null, null));
    }

    @Test
    void lengthCountsCharactersAsAPersonDoes() {
        String elevenEmoji = "🌍🌎🌏🌐🌑🌒🌓🌔🌕🌖🌗"; // 22 UTF-16 units, 11 characters
        assertEquals(List.of(PasswordProblem.TOO_SHORT), rules.problems(elevenEmoji, null));
        assertEquals(List.of(), rules.problems("éèàçôüñåøæœ!", null), "12 accented letters");
    }

    @Test
    void overTwoHundredCharactersAreRefused() {
        assertEquals(List.of(PasswordProblem.TOO_LONG), rules.problems("ab1-".repeat(50) + "x", null));
        assertEquals(List.of(), rules.problems("ab1-cd2;".repeat(25), null), "200 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "123456789012", "qwertyuiop123", "iloveyou1234",
            "dragon123456", "Sunshine2024!", "monkeymonkey", "aaaaaaaaaaaa", "abcabcabcabc", "correcthorsebatterystaple"})
    void commonPasswordsAreRefusedWhateverTheirCase(String common) {
        assertEquals(List.of(PasswordProblem.COMMON), rules.problems(common, null), common);
    }

    @Test
    void aShortCommonWordInsideALongerPasswordIsFine() {
        assertEquals(List.of(), rules.problems("love is a rose, 2019", null));
        assertEquals(List.of(), rules.problems("dragonfly in the garden", null));
    }

    @Test
    void tooShortAndCommonAreBothNamed() {
        assertEquals(List.of(PasswordProblem.TOO_SHORT, PasswordProblem.COMMON), rules.problems("password", null));
    }

    @Test
    void theOwnEmailAddressIsRefused() {
        assertEquals(List.of(PasswordProblem.SAME_AS_EMAIL), rules.problems("Ana.Silva@example.org", "ana.silva@example.org"));
    }

    @Test
    void theShippedListHoldsThousandsOfPasswords() {
        int size = CommonPasswords.shipped().size();
        assertTrue(size > 3000, size + " passwords");
    }

    @Test
    void everyProblemHasAMessageInEachLanguage() {
        for (String bundle : List.of("org.plenary.platform.web.messages", "org.plenary.platform.web.messages_fr")) {
            var messages = java.util.ResourceBundle.getBundle(bundle.replace("_fr", ""),
                    bundle.endsWith("_fr") ? java.util.Locale.FRENCH : java.util.Locale.ROOT);
            for (PasswordProblem problem : PasswordProblem.values()) {
                assertTrue(messages.containsKey(problem.messageKey()), bundle + " lacks " + problem.messageKey());
            }
        }
    }
}

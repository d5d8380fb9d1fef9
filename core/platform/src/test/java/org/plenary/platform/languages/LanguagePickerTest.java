package org.plenary.platform.languages;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguagePickerTest {

    @Test
    void theQueryKeepsEverythingButTheLanguage() {
        assertEquals("c=mlw2020&tz=Asia%2FTokyo", LanguagePicker.without("c=mlw2020&lang=fr&tz=Asia%2FTokyo", "lang"));
        assertEquals("", LanguagePicker.without("lang=ar", "lang"));
        assertEquals("", LanguagePicker.without(null, "lang"));
        assertEquals("language=x", LanguagePicker.without("language=x&&lang=", "lang"));
    }

    @Test
    void theLanguageIsReadFromTheQueryOnly() {
        assertEquals("fr", LanguagePicker.valueOf("c=mlw2020&lang=fr", "lang"));
        assertEquals("pt-BR", LanguagePicker.valueOf("lang=pt%2DBR", "lang"));
        assertNull(LanguagePicker.valueOf("language=fr", "lang"));
        assertNull(LanguagePicker.valueOf("lang=%zz", "lang"));
        assertNull(LanguagePicker.valueOf(null, "lang"));
    }
}

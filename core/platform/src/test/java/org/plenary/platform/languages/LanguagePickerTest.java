package org.plenary.platform.languages;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguagePickerTest {

    @Test
    void theQueryKeepsEverythingButTheLanguage() {
        assertEquals("c=mlw2020&day=2020-10-13&format=workshop", LanguagePicker.without("c=mlw2020&lang=fr&day=2020-10-13&format=workshop", "lang"));
        assertEquals("id=42", LanguagePicker.without("id=42&back=%2F%2Fevil.example%2F&next=https%3A%2F%2Fevil.example&tz=Asia%2FTokyo", "lang"),
                "never an address, nor a path");
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

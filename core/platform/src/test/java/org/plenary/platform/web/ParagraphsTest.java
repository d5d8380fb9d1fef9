package org.plenary.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphsTest {

    @Test
    void splitsAtBlankLinesAndDropsEmptyOnes() {
        assertEquals(List.of("One.", "Two\nlines."), new Paragraphs().of("One.\n\n\r\n  Two\nlines.\n\n"));
        assertEquals(List.of(), new Paragraphs().of(null));
        assertEquals(List.of(), new Paragraphs().of("  "));
    }
}

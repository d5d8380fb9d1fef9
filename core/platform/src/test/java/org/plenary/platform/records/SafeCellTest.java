package org.plenary.platform.records;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeCellTest {

    @Test
    void textASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", SafeCell.of("=HYPERLINK(\"http://evil.example\",\"x\")"));
        assertEquals("'+1", SafeCell.of("+1"));
        assertEquals("'-2+3", SafeCell.of("-2+3"));
        assertEquals("'@SUM(A1:A2)", SafeCell.of("@SUM(A1:A2)"));
        assertEquals("'\tcmd", SafeCell.of("\tcmd"));
        assertEquals("'\r=1", SafeCell.of("\r=1"));
    }

    @Test
    void otherTextAndValuesStayAsTheyAre() {
        assertEquals("Audrey Azoulay", SafeCell.of("Audrey Azoulay"));
        assertEquals("a=b", SafeCell.of("a=b"));
        assertEquals("42", SafeCell.of(42L));
        assertEquals("", SafeCell.of(null));
        assertEquals("", SafeCell.of(""));
    }
}

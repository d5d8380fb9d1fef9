package org.plenary.spi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingTypeTest {

    @Test
    void aBoundedIntegerTakesOnlyWholeNumbersWithinItsBounds() {
        SettingType<Integer> minutes = SettingType.integer(5, 120);
        assertEquals(5, minutes.parse("5"));
        assertEquals(120, minutes.parse(" 120 "));
        assertThrows(IllegalArgumentException.class, () -> minutes.parse("4"));
        assertThrows(IllegalArgumentException.class, () -> minutes.parse("121"));
        assertThrows(IllegalArgumentException.class, () -> minutes.parse("ten"));
        assertThrows(IllegalArgumentException.class, () -> minutes.parse("99999999999"));
        assertEquals("integer", minutes.name());
        assertEquals(5, minutes.min());
        assertEquals(120, minutes.max());
        assertThrows(IllegalArgumentException.class, () -> SettingType.integer(3, 2));
    }

    @Test
    void anyIntegerAndOtherTypes() {
        assertEquals(Integer.MIN_VALUE, SettingType.INTEGER.min());
        assertEquals(-7, SettingType.INTEGER.parse("-7"));
        assertNull(SettingType.TEXT.min());
        assertNull(SettingType.BOOLEAN.max());
        assertEquals(true, SettingType.BOOLEAN.parse("true"));
        assertThrows(IllegalArgumentException.class, () -> SettingType.BOOLEAN.parse("yes"));
    }
}

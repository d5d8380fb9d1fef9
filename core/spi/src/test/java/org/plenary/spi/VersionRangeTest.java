package org.plenary.spi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionRangeTest {

    @Test
    void halfOpenRangeIncludesLowerExcludesUpper() {
        VersionRange r = VersionRange.parse("[1.0,2.0)");
        assertTrue(r.includes("1.0.0"));
        assertTrue(r.includes("1.9.9-SNAPSHOT"));
        assertFalse(r.includes("2.0.0"));
        assertFalse(r.includes("0.9"));
    }

    @Test
    void openUpperBoundAndBareVersion() {
        assertTrue(VersionRange.parse("[1.2,)").includes("7.0"));
        assertFalse(VersionRange.parse("(1.2,)").includes("1.2.0"));
        assertTrue(VersionRange.parse("1.0").includes("1.0.1"));
        assertFalse(VersionRange.parse("1.1").includes("1.0.9"));
    }

    @Test
    void malformedRangesSayWhy() {
        assertEquals("'[2.0,1.0)' has its lower bound above its upper bound",
                assertThrows(IllegalArgumentException.class, () -> VersionRange.parse("[2.0,1.0)")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> VersionRange.parse("[1.x,2)"));
        assertThrows(IllegalArgumentException.class, () -> VersionRange.parse(""));
        assertThrows(IllegalArgumentException.class, () -> VersionRange.parse("[1.0"));
    }
}

package org.plenary.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeZonesTest {

    @Test
    void thePickerGroupsEveryZoneButUtcUnderItsRegion() {
        TimeZones zones = new TimeZones();
        var regions = zones.getRegions();
        assertEquals(zones.getIds().size() - 1, regions.stream().mapToInt(r -> r.zones().size()).sum(), "all but UTC");
        assertTrue(zones.getIds().contains("UTC"));
        var asia = regions.stream().filter(r -> r.name().equals("Asia")).findFirst().orElseThrow();
        assertTrue(asia.zones().contains(new TimeZones.Zone("Asia/Tokyo", "Tokyo")));
        var america = regions.stream().filter(r -> r.name().equals("America")).findFirst().orElseThrow();
        assertTrue(america.zones().contains(new TimeZones.Zone("America/Argentina/Buenos_Aires", "Argentina / Buenos Aires")));
        assertFalse(regions.stream().anyMatch(r -> r.name().equals("Etc")), "only the regions offered");
    }
}

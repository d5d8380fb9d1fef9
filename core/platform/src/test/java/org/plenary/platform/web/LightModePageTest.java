package org.plenary.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LightModePageTest {

    private static String back(String back) {
        LightModePage page = new LightModePage();
        page.setBack(back);
        return page.getSafeBack();
    }

    @Test
    void goesBackOnlyToPagesOfThisSite() {
        assertEquals("/programme.xhtml?c=mlw2020&day=2020-10-13", back("/programme.xhtml?c=mlw2020&day=2020-10-13"));
        assertEquals("/", back("/"));
        assertNull(back(null));
        assertNull(back("//evil.example/"));
        assertNull(back("/\\evil.example/"));
        assertNull(back("https://evil.example/"));
        assertNull(back("programme.xhtml"));
        assertNull(back("/programme.xhtml\r\nSet-Cookie: x=1"));
        assertNull(back("/light-mode.xhtml?light=on"), "never back to the switch itself");
    }
}

package org.plenary.platform.mail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterTest {

    private final Letter letter = new Letter("a@example.org", "fr", "Confirmez\r\nvotre inscription",
            List.of("Bonjour <Amina> & co,", "Deux\nlignes"), "Confirmer", "https://example.org/confirm.xhtml?token=a&b=\"c\"",
            List.of("Fin"));

    @Test
    void theTextHasParagraphsAndTheLinkOnItsOwnLine() {
        assertEquals("Bonjour <Amina> & co,\n\nDeux\nlignes\n\nConfirmer:\nhttps://example.org/confirm.xhtml?token=a&b=\"c\"\n\nFin\n",
                letter.text());
        assertEquals("Confirmez votre inscription", letter.subject(), "no header injection through the subject");
    }

    @Test
    void theHtmlEscapesEveryText() {
        String html = letter.html();
        assertTrue(html.contains("<html lang=\"fr\">"));
        assertTrue(html.contains("<p>Bonjour &lt;Amina&gt; &amp; co,</p>"));
        assertTrue(html.contains("<p>Deux<br>lignes</p>"));
        assertTrue(html.contains("href=\"https://example.org/confirm.xhtml?token=a&amp;b=&quot;c&quot;\""));
        assertFalse(html.contains("<Amina>"));
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheMaximum() {
        MailSettings settings = new MailSettings();
        settings.retrySeconds = 30;
        settings.maxRetrySeconds = 3600;
        assertEquals(30, settings.retryAfter(1).toSeconds());
        assertEquals(60, settings.retryAfter(2).toSeconds());
        assertEquals(240, settings.retryAfter(4).toSeconds());
        assertEquals(3600, settings.retryAfter(10).toSeconds());
        assertEquals(3600, settings.retryAfter(500).toSeconds());
    }
}

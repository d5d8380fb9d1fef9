package org.plenary.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail a plugin asks the platform to send to one person, already written in the recipient's language (the
 * plugin picks the words from its bundle with {@link Viewer#language()}). The platform renders it as plain text and as
 * escaped HTML.
 *
 * @param kind       what it is, for the outbox and its reports, e.g. {@code workshop.promoted} (prefix: format id)
 * @param recipient  the e-mail address
 * @param language   the language it is written in
 * @param subject    one line
 * @param paragraphs the text, paragraph by paragraph, plain text
 * @param linkLabel  the words of the one link, or {@code null} for none
 * @param linkPath   where the link goes, a path of the platform from its root (e.g. {@code session.xhtml?id=3}),
 *                   made absolute by the platform; {@code null} for none
 * @since 1.0
 */
public record MailMessage(String kind, String recipient, Locale language, String subject, List<String> paragraphs,
                          String linkLabel, String linkPath) {

    public MailMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        paragraphs = List.copyOf(paragraphs);
        if ((linkLabel == null) != (linkPath == null)) {
            throw new IllegalArgumentException("A link needs both its words and its path");
        }
    }
}

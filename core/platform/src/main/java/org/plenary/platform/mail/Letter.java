package org.plenary.platform.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An e-mail to one person, written as paragraphs and at most one link to follow, rendered both as plain text and as
 * a simple HTML page (every text escaped). What the outbox keeps and sends.
 *
 * @param recipient   an e-mail address
 * @param language    BCP 47 tag of the language it is written in (the HTML says so)
 * @param subject     one line
 * @param paragraphs  the text, paragraph by paragraph, before the link
 * @param linkLabel   the words of the link's button; null when there is no link
 * @param link        the absolute address to follow; null when there is no link
 * @param closing     paragraphs after the link
 */
public record Letter(String recipient, String language, String subject, List<String> paragraphs, String linkLabel,
                     String link, List<String> closing) {

    public Letter {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        subject = subject.replaceAll("[\\r\\n]+", " ").strip();
        paragraphs = List.copyOf(paragraphs);
        closing = List.copyOf(closing);
    }

    /** The plain-text body: paragraphs separated by blank lines, the link on a line of its own. */
    public String text() {
        List<String> blocks = new ArrayList<>(paragraphs);
        if (link != null) {
            blocks.add(linkLabel + ":\n" + link);
        }
        blocks.addAll(closing);
        return String.join("\n\n", blocks) + "\n";
    }

    /** The HTML body: the same text, escaped, with the link as a button-like anchor. */
    public String html() {
        StringBuilder html = new StringBuilder(1024)
                .append("<!DOCTYPE html>\n<html lang=\"").append(escape(language)).append("\"><head><meta charset=\"UTF-8\">")
                .append("<title>").append(escape(subject)).append("</title></head>\n")
                .append("<body style=\"font-family:sans-serif;line-height:1.5;color:#1a1a1a;max-width:40em\">\n");
        paragraphs.forEach(p -> html.append("<p>").append(lines(p)).append("</p>\n"));
        if (link != null) {
            html.append("<p><a href=\"").append(escape(link)).append("\" style=\"display:inline-block;padding:.6em 1em;")
                    .append("background:#0b5cad;color:#fff;text-decoration:none;border-radius:4px\">")
                    .append(escape(linkLabel)).append("</a></p>\n<p style=\"font-size:.9em;color:#555\">")
                    .append(escape(link)).append("</p>\n");
        }
        closing.forEach(p -> html.append("<p>").append(lines(p)).append("</p>\n"));
        return html.append("</body></html>\n").toString();
    }

    private static String lines(String text) {
        return escape(text).replace("\n", "<br>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package org.plenary.platform.languages;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Content given in another language than the original: a title and a longer text (a session's abstract, a
 * conference's description), for one language (a BCP 47 tag among the conference's languages). Kept by the entity
 * it translates, one per language; what a page shows falls back, field by field, to the original.
 *
 * @since 1.0
 */
@Embeddable
public class Translation implements Serializable {

    /** The longest title, as the originals'. */
    public static final int TITLE_MAX = 300;
    /** The longest text, as the originals'. */
    public static final int TEXT_MAX = 8000;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "title", nullable = false)
    private String title;

    /** Mapped by each owner to its own column (summary, description). */
    private String text;

    protected Translation() {
    }

    /**
     * @param language a language tag such as {@code fr}
     * @param title    required, at most {@value #TITLE_MAX} characters
     * @param text     optional, at most {@value #TEXT_MAX} characters
     * @throws IllegalArgumentException when one of them breaks these rules
     */
    public Translation(String language, String title, String text) {
        if (language == null || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("'" + language + "' is not a language tag such as fr or pt-BR");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a translation into '" + language + "' needs a title");
        }
        if (title.strip().length() > TITLE_MAX || (text != null && text.strip().length() > TEXT_MAX)) {
            throw new IllegalArgumentException("the translation into '" + language + "' is too long");
        }
        this.language = language;
        this.title = title.strip();
        this.text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The translation into a locale's language among some, if there is one. */
    public static Optional<Translation> into(Collection<Translation> translations, Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return translations.stream().filter(t -> t.isIn(locale)).findFirst();
    }

    /** Whether this is written in the locale's language ({@code fr} for {@code fr-CA} too). */
    public boolean isIn(Locale locale) {
        return Locale.forLanguageTag(language).getLanguage().equals(locale.getLanguage());
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    /** The abstract or description; null when only the title is translated. */
    public String getText() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Translation t && language.equals(t.language) && title.equals(t.title) && Objects.equals(text, t.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, title, text);
    }
}

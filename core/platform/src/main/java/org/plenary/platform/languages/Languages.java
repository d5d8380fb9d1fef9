package org.plenary.platform.languages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The languages a set of pages is written in: English (the base bundle, {@code messages.properties}) and every
 * language whose bundle file {@code messages_<ISO 639-1 code>.properties} is present. Adding a language to the
 * participant pages is adding {@code org/plenary/platform/web/messages_xx.properties}: nothing lists languages
 * anywhere else.
 *
 * @since 1.0
 */
public final class Languages {

    /** The bundle of the participant pages: a language is spoken by the platform when this bundle exists in it. */
    public static final String PAGES_BUNDLE = "org.plenary.platform.web.messages";
    /** The console's own bundle; the console speaks fewer languages and falls back to English. */
    public static final String CONSOLE_BUNDLE = "org.plenary.platform.console.messages";

    /** What the platform speaks: participant pages, e-mails, validation messages and API errors. */
    public static final Languages SPOKEN = of(PAGES_BUNDLE);
    /** What the console speaks. */
    public static final Languages CONSOLE = of(CONSOLE_BUNDLE);

    /** Languages written right to left (by ISO 639 code); a script subtag decides first when there is one. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "ku");
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg");

    private final List<Locale> all;

    private Languages(List<Locale> all) {
        this.all = List.copyOf(all);
    }

    /** The languages of a bundle, found with this class's class loader: English first, then by language code. */
    public static Languages of(String bundle) {
        return of(bundle, Languages.class.getClassLoader());
    }

    static Languages of(String bundle, ClassLoader loader) {
        String path = bundle.replace('.', '/');
        List<Locale> found = new ArrayList<>();
        for (String code : Locale.getISOLanguages()) {
            if (!code.equals("en") && loader.getResource(path + "_" + code + ".properties") != null) {
                found.add(Locale.forLanguageTag(code));
            }
        }
        found.sort(Comparator.comparing(Locale::getLanguage));
        found.add(0, Locale.ENGLISH);
        return new Languages(found);
    }

    /** Every language, English first. */
    public List<Locale> all() {
        return all;
    }

    /** English: what is shown when nothing better is known. */
    public Locale fallback() {
        return all.get(0);
    }

    /** The spoken language for a tag ("fr", "fr-CA", "FR"), if its language is spoken. */
    public Optional<Locale> find(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        return find(Locale.forLanguageTag(tag.strip().replace('_', '-')));
    }

    /** The spoken language of a locale, if its language is spoken. */
    public Optional<Locale> find(Locale wanted) {
        if (wanted == null || wanted.getLanguage().isEmpty()) {
            return Optional.empty();
        }
        String language = wanted.getLanguage().equals("iw") ? "he" : wanted.getLanguage();
        return all.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The spoken language closest to a locale (an account's, a recipient's): itself, else English. */
    public Locale closest(Locale wanted) {
        return find(wanted).orElse(fallback());
    }

    /**
     * The first spoken language of an {@code Accept-Language} header, by the weights it gives; empty when the header
     * is missing or names none of ours. A malformed entry is skipped, not the whole header.
     */
    public Optional<Locale> best(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges = new ArrayList<>();
        for (String entry : acceptLanguage.split(",")) {
            try {
                ranges.addAll(Locale.LanguageRange.parse(entry.strip()));
            } catch (IllegalArgumentException malformed) {
                // skipped
            }
        }
        ranges.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0 && !range.getRange().startsWith("*")) {
                Optional<Locale> found = find(range.getRange());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a language is written right to left (Arabic, Hebrew, Persian, Urdu…). */
    public static boolean isRightToLeft(Locale locale) {
        if (locale == null) {
            return false;
        }
        if (!locale.getScript().isEmpty()) {
            return RIGHT_TO_LEFT_SCRIPTS.contains(locale.getScript());
        }
        return RIGHT_TO_LEFT.contains(locale.getLanguage());
    }

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
    public static String direction(Locale locale) {
        return isRightToLeft(locale) ? "rtl" : "ltr";
    }

    /** A language's name in itself, capitalised as a list item: "English", "Français", "العربية". */
    public static String nameInItself(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty()) {
            return locale.toLanguageTag();
        }
        int first = name.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first)).append(name.substring(Character.charCount(first)))
                .toString();
    }
}

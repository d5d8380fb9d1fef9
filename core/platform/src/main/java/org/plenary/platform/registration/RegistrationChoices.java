package org.plenary.platform.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the registration form offers to choose from, named in the page's language: every ISO 3166 country, the
 * languages most spoken at international events, the participant categories.
 */
@Named
@ApplicationScoped
public class RegistrationChoices {

    /** One entry of a menu: the value sent, the name shown. */
    public record Choice(String code, String name) {
    }

    /**
     * The languages offered as "spoken": UNESCO's six, then others widely spoken by its audiences. A registrant
     * ticks any of them.
     */
    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es", "pt", "de", "it", "sw", "hi",
            "bn", "ur", "fa", "tr", "id", "ja", "ko", "vi", "th", "ha", "am", "yo", "nl");

    private final Map<Locale, List<Choice>> countries = new ConcurrentHashMap<>();
    private final Map<Locale, List<Choice>> languages = new ConcurrentHashMap<>();

    /** Every country, by its name in this language. */
    public List<Choice> countries(Locale in) {
        return countries.computeIfAbsent(in, l -> sorted(Arrays.stream(Locale.getISOCountries())
                .map(code -> new Choice(code, new Locale("", code).getDisplayCountry(l))).toList(), l));
    }

    /** The languages offered, by their name in this language. */
    public List<Choice> languages(Locale in) {
        return languages.computeIfAbsent(in, l -> sorted(LANGUAGES.stream()
                .map(code -> new Choice(code, capitalised(Locale.forLanguageTag(code).getDisplayLanguage(l), l))).toList(), l));
    }

    public ParticipantCategory[] getCategories() {
        return ParticipantCategory.values();
    }

    private static List<Choice> sorted(List<Choice> choices, Locale in) {
        Collator collator = Collator.getInstance(in);
        collator.setStrength(Collator.PRIMARY);
        return choices.stream().sorted(Comparator.comparing(Choice::name, collator)).toList();
    }

    private static String capitalised(String name, Locale in) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }
}

package org.plenary.platform.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords attackers try first, from {@code common-passwords.txt} beside this class (where it comes from is
 * written at its top). A password counts as common when, lower-cased, it is one of them, one of them followed only
 * by digits and punctuation, or one of them repeated.
 */
public final class CommonPasswords {

    /** A listed word shorter than this is not looked for inside a longer password ("love" + digits is fine). */
    static final int MIN_STEM = 4;

    private final Set<String> words;

    CommonPasswords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The list shipped with the platform. */
    public static CommonPasswords shipped() {
        return Shipped.LIST;
    }

    /** How many passwords the list holds. */
    public int size() {
        return words.size();
    }

    public boolean isCommon(String password) {
        String p = password.toLowerCase(Locale.ROOT);
        if (words.contains(p)) {
            return true;
        }
        String stem = p.replaceFirst("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        if (stem.length() >= MIN_STEM && stem.length() < p.length() && words.contains(stem)) {
            return true;
        }
        return isRepeatOfListed(p);
    }

    private boolean isRepeatOfListed(String p) {
        for (int unit = 1; unit <= p.length() / 2; unit++) {
            if (p.length() % unit == 0 && p.substring(unit).equals(p.substring(0, p.length() - unit))) {
                String part = p.substring(0, unit);
                return unit < MIN_STEM || words.contains(part);
            }
        }
        return false;
    }

    private static final class Shipped {
        static final CommonPasswords LIST = load();

        private static CommonPasswords load() {
            Set<String> words = new HashSet<>();
            try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("common-passwords.txt is missing beside " + CommonPasswords.class.getName());
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new CommonPasswords(words);
        }
    }
}

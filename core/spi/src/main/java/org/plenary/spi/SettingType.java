package org.plenary.spi;

import java.util.Objects;
import java.util.function.Function;

/**
 * The type of a {@link FormatSetting}: how its value is stored as text, parsed back and rendered by the console.
 *
 * @param <T> the Java type of the value
 * @since 1.0
 */
public final class SettingType<T> {

    public static final SettingType<Boolean> BOOLEAN = new SettingType<>("boolean", Boolean.class, s -> {
        if (!s.equals("true") && !s.equals("false")) {
            throw new IllegalArgumentException("'" + s + "' is neither true nor false");
        }
        return Boolean.valueOf(s);
    });
    /** Any whole number that fits an {@code int}; {@link #integer(int, int)} gives one with bounds. */
    public static final SettingType<Integer> INTEGER = integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
    public static final SettingType<String> TEXT = new SettingType<>("text", String.class, Function.identity(), null, null);

    private final String name;
    private final Class<T> javaType;
    private final Function<String, T> parser;
    private final Integer min;
    private final Integer max;

    private SettingType(String name, Class<T> javaType, Function<String, T> parser, Integer min, Integer max) {
        this.name = name;
        this.javaType = javaType;
        this.parser = parser;
        this.min = min;
        this.max = max;
    }

    private SettingType(String name, Class<T> javaType, Function<String, T> parser) {
        this(name, javaType, parser, null, null);
    }

    /**
     * A whole number from {@code min} to {@code max}, both included: the console offers a number field with these
     * bounds and refuses a value outside them, and a stored value outside them falls back as one that does not parse.
     *
     * @since 1.0
     */
    public static SettingType<Integer> integer(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
        return new SettingType<>("integer", Integer.class, s -> {
            int value = Integer.parseInt(s.strip());
            if (value < min || value > max) {
                throw new IllegalArgumentException("'" + s + "' is not between " + min + " and " + max);
            }
            return value;
        }, min, max);
    }

    /** The smallest value an integer setting takes; {@code null} for other types. */
    public Integer min() {
        return min;
    }

    /** The largest value an integer setting takes; {@code null} for other types. */
    public Integer max() {
        return max;
    }

    /** The type's name as the console shows it: {@code boolean}, {@code integer}, {@code text}. */
    public String name() {
        return name;
    }

    public Class<T> javaType() {
        return javaType;
    }

    /** Parses a stored value; throws {@link IllegalArgumentException} when it does not fit the type. */
    public T parse(String text) {
        try {
            return parser.apply(Objects.requireNonNull(text, "no value"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }

    /** The text a value is stored as. */
    public String format(T value) {
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return name;
    }
}

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
    public static final SettingType<Integer> INTEGER = new SettingType<>("integer", Integer.class, Integer::valueOf);
    public static final SettingType<String> TEXT = new SettingType<>("text", String.class, Function.identity());

    private final String name;
    private final Class<T> javaType;
    private final Function<String, T> parser;

    private SettingType(String name, Class<T> javaType, Function<String, T> parser) {
        this.name = name;
        this.javaType = javaType;
        this.parser = parser;
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

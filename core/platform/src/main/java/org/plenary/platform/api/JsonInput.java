package org.plenary.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import org.plenary.platform.validation.Problem;
import org.plenary.platform.validation.Refused;
import org.plenary.platform.validation.Texts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a request body into an input record, strictly and field by field: the body must be one JSON object
 * ({@link MalformedJson} otherwise), every member must be a component of the record (an unknown one is a problem
 * named by its field, not silently dropped), and every value must have the component's type: text, whole number,
 * true/false, date ({@code 2020-10-12}), time ({@code 09:30}), instant ({@code 2020-10-12T07:00:00Z}), one of an enum's names, or a list of
 * these. A missing member or {@code null} is {@code null}. The problems come together, by field, as {@link Refused},
 * in the request's language. Bean Validation of the record is the services' business.
 */
@RequestScoped
public class JsonInput {

    private static final int FIELD_NAME_MAX = 60;

    @Inject
    Texts texts;

    public <T extends Record> T read(InputStream body, Class<T> type) {
        JsonObject object = object(body);
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (String name : object.keySet()) {
            if (!known.contains(name)) {
                problems.add(texts.problem(cut(name), "unknownField"));
            }
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            try {
                values[i] = value(object.get(name), components[i].getGenericType());
            } catch (WrongType e) {
                problems.add(texts.problem(name, e.key, e.args));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems.stream().sorted(Comparator.comparing(Problem::field)).toList());
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e);
        }
    }

    private JsonObject object(InputStream body) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw new MalformedJson(texts.text("json.empty"));
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new MalformedJson(texts.text("json.malformedAt", e.getLocation().getLineNumber(),
                    e.getLocation().getColumnNumber()));
        } catch (JsonException e) {
            throw new MalformedJson(texts.text("json.malformed"));
        }
        if (!(value instanceof JsonObject object)) {
            throw new MalformedJson(texts.text("json.notAnObject"));
        }
        return object;
    }

    private Object value(JsonValue json, Type type) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!(json instanceof JsonArray array)) {
                throw new WrongType("notAList");
            }
            Type element = list.getActualTypeArguments()[0];
            List<Object> values = new ArrayList<>();
            for (JsonValue v : array) {
                Object o = value(v, element);
                if (o == null) {
                    throw new WrongType("nullInList");
                }
                values.add(o);
            }
            return List.copyOf(values);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            if (!(json instanceof JsonString s)) {
                throw new WrongType("notAText");
            }
            return s.getString();
        }
        if (c == Long.class || c == Integer.class) {
            if (!(json instanceof JsonNumber n) || !n.isIntegral()) {
                throw new WrongType("notAWholeNumber");
            }
            BigDecimal d = n.bigDecimalValue();
            try {
                return c == Long.class ? (Object) d.longValueExact() : (Object) d.intValueExact();
            } catch (ArithmeticException e) {
                throw new WrongType("notAWholeNumber");
            }
        }
        if (c == Boolean.class) {
            if (json.getValueType() == JsonValue.ValueType.TRUE) {
                return true;
            }
            if (json.getValueType() == JsonValue.ValueType.FALSE) {
                return false;
            }
            throw new WrongType("notABoolean");
        }
        if (c == LocalDate.class) {
            try {
                return LocalDate.parse(text(json, "notADate"));
            } catch (DateTimeParseException e) {
                throw new WrongType("notADate");
            }
        }
        if (c == LocalTime.class) {
            try {
                return LocalTime.parse(text(json, "notATime"));
            } catch (DateTimeParseException e) {
                throw new WrongType("notATime");
            }
        }
        if (c == Instant.class) {
            try {
                return Instant.parse(text(json, "notAnInstant"));
            } catch (DateTimeParseException e) {
                throw new WrongType("notAnInstant");
            }
        }
        if (c.isEnum()) {
            String names = Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).collect(Collectors.joining(", "));
            String given = text(json, "notOneOf", names);
            for (Object constant : c.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(given)) {
                    return constant;
                }
            }
            throw new WrongType("notOneOf", names);
        }
        throw new IllegalStateException("no JSON reading for " + type);
    }

    private static String text(JsonValue json, String key, Object... args) {
        if (!(json instanceof JsonString s)) {
            throw new WrongType(key, args);
        }
        return s.getString();
    }

    private static String cut(String name) {
        return name.length() <= FIELD_NAME_MAX ? name : name.substring(0, FIELD_NAME_MAX) + "…";
    }

    /** A value of the wrong type, with the key of its message. */
    private static final class WrongType extends RuntimeException {
        final String key;
        final transient Object[] args;

        WrongType(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }
}

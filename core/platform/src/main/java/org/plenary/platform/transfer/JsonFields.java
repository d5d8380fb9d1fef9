package org.plenary.platform.transfer;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object of an import file, recording a readable problem for each field that is
 * missing or malformed instead of failing on the first.
 */
final class JsonFields {

    static final int MAX_TEXT = 8000;

    private final JsonObject object;
    private final String path;
    private final List<String> problems;

    JsonFields(JsonObject object, String path, List<String> problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    void problem(String field, String message) {
        problems.add(path + (field == null ? "" : "." + field) + ": " + message);
    }

    String text(String field, boolean required, int maxLength) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                problem(field, "is required");
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            problem(field, "must be a string");
            return null;
        }
        String text = s.getString().strip();
        if (required && text.isEmpty()) {
            problem(field, "must not be blank");
            return null;
        }
        if (text.length() > maxLength) {
            problem(field, "is longer than " + maxLength + " characters");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    String matching(String field, boolean required, String regex, String expectation) {
        String text = text(field, required, 1000);
        if (text != null && !text.matches(regex)) {
            problem(field, "'" + shorten(text) + "' " + expectation);
            return null;
        }
        return text;
    }

    Integer integer(String field, boolean required) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                problem(field, "is required");
            }
            return null;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            problem(field, "must be a whole number");
            return null;
        }
        return n.intValue();
    }

    /** A true or false; the default when the field is missing. */
    boolean bool(String field, boolean missing) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return missing;
        }
        if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
            problem(field, "must be true or false");
            return missing;
        }
        return v.getValueType() == JsonValue.ValueType.TRUE;
    }

    java.time.Instant instant(String field, boolean required) {
        return parsed(field, required, java.time.Instant::parse, "is not a UTC time like 2020-10-12T08:30:00Z");
    }

    LocalDate date(String field, boolean required) {
        return parsed(field, required, LocalDate::parse, "is not a date like 2020-10-12");
    }

    LocalDateTime localDateTime(String field, boolean required) {
        return parsed(field, required, LocalDateTime::parse, "is not a local date-time like 2020-10-12T10:30");
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String text = text(field, true, 40);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            problem(field, "'" + shorten(text) + "' is not one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    List<String> strings(String field) {
        List<String> out = new ArrayList<>();
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(v instanceof JsonArray a)) {
            problem(field, "must be an array of strings");
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) instanceof JsonString s) {
                out.add(s.getString());
            } else {
                problem(field + "[" + i + "]", "must be a string");
            }
        }
        return out;
    }

    JsonObject objectOrEmpty(String field) {
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (!(v instanceof JsonObject o)) {
            problem(field, "must be an object");
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return o;
    }

    /** The objects of an array field, each with its own reader; a missing field is an empty list. */
    List<JsonFields> objects(String field) {
        List<JsonFields> out = new ArrayList<>();
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(v instanceof JsonArray a)) {
            problem(field, "must be an array");
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            String at = path.isEmpty() ? field + "[" + i + "]" : path + "." + field + "[" + i + "]";
            if (a.get(i) instanceof JsonObject o) {
                out.add(new JsonFields(o, at, problems));
            } else {
                problems.add(at + ": must be an object");
            }
        }
        return out;
    }

    /** The members of an object field, each an object with its own reader, in the file's order; missing is none. */
    Map<String, JsonFields> members(String field) {
        Map<String, JsonFields> out = new LinkedHashMap<>();
        JsonValue v = object.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(v instanceof JsonObject o)) {
            problem(field, "must be an object");
            return out;
        }
        String at = path.isEmpty() ? field : path + "." + field;
        o.forEach((name, member) -> {
            if (member instanceof JsonObject m) {
                out.put(name, new JsonFields(m, at + "." + name, problems));
            } else {
                problems.add(at + "." + name + ": must be an object");
            }
        });
        return out;
    }

    JsonFields object(String field) {
        JsonValue v = object.get(field);
        String at = path.isEmpty() ? field : path + "." + field;
        if (!(v instanceof JsonObject o)) {
            problems.add(at + ": is required and must be an object");
            return null;
        }
        return new JsonFields(o, at, problems);
    }

    private <T> T parsed(String field, boolean required, Function<String, T> parser, String expectation) {
        String text = text(field, required, 40);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            problem(field, "'" + shorten(text) + "' " + expectation);
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}

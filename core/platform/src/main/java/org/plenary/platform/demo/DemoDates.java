package org.plenary.platform.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the demo conference takes place: {@link #AS_HELD} keeps MLW 2020's own dates (12–14 October 2020), where
 * everything has ended; {@link #UPCOMING} moves the whole programme forward by whole weeks, so that it starts
 * after today on the same weekdays at the same times at the venue, and every session that had taken place is
 * scheduled again. Only an upcoming conference can be tried as a participant would: registration, meetings in free
 * slots, live sessions.
 *
 * <p>The move is made on the import file, before it is imported: every string of it that is a date
 * ({@code 2020-10-12}), a time at the venue ({@code 2020-10-12T10:30}) or an instant ({@code 2020-10-01T07:00:00Z}),
 * whatever field holds it (the plugins' {@code data} too: a workshop's enrolment window, a stand's retention date),
 * moves by the same number of days, its time of day kept; sessions that are {@code LIVE} or {@code ENDED} become
 * {@code SCHEDULED}.
 */
public enum DemoDates {
    AS_HELD,
    UPCOMING;

    /** A date, alone or starting a time at the venue or an instant: 2020-10-12, 2020-10-12T10:30, 2020-10-01T07:00:00Z. */
    private static final Pattern DATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?");
    private static final Set<String> TAKEN_PLACE = Set.of("LIVE", "ENDED");

    /** The setting's value ({@code as-held}, {@code upcoming}), in any case. */
    public static DemoDates of(String setting) {
        try {
            return valueOf(setting.trim().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("plenary.demo.dates is '" + setting + "': it takes as-held or upcoming");
        }
    }

    /** The import file of the demo, with its dates as this choice wants them on {@code today}. */
    public JsonObject apply(JsonObject demo, LocalDate today) {
        if (this == AS_HELD) {
            return demo;
        }
        LocalDate firstDay = LocalDate.parse(demo.getJsonObject("conference").getString("firstDay"));
        long days = weeksUntilAfter(firstDay, today) * 7;
        return (JsonObject) moved(demo, days, null);
    }

    /** The fewest whole weeks that bring {@code firstDay} after {@code today}; none when it is after already. */
    static long weeksUntilAfter(LocalDate firstDay, LocalDate today) {
        long behind = ChronoUnit.DAYS.between(firstDay, today);
        return behind < 0 ? 0 : behind / 7 + 1;
    }

    private static JsonValue moved(JsonValue value, long days, String field) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                value.asJsonObject().forEach((name, member) -> object.add(name, moved(member, days, name)));
                return object.build();
            }
            case ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                ((JsonArray) value).forEach(item -> array.add(moved(item, days, null)));
                return array.build();
            }
            case STRING -> {
                String text = ((JsonString) value).getString();
                if ("status".equals(field) && TAKEN_PLACE.contains(text)) {
                    return Json.createValue("SCHEDULED");
                }
                return Json.createValue(movedText(text, days));
            }
            default -> {
                return value;
            }
        }
    }

    /** The text with its date moved, the rest (time, offset) as it was; any other text as it is. */
    static String movedText(String text, long days) {
        Matcher dated = DATED.matcher(text);
        if (!dated.matches()) {
            return text;
        }
        try {
            return LocalDate.parse(dated.group(1)).plusDays(days) + text.substring(dated.end(1));
        } catch (DateTimeParseException notADate) {
            return text; // digits in that shape that make no date, e.g. 2020-13-45: text like any other
        }
    }
}

package org.plenary.webapp.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Exports as the tests compare them. */
final class Exports {

    private Exports() {
    }

    /** The export as the file of another conference, with this slug: what a copy is imported from. */
    static JsonObject renamed(JsonObject export, String slug) {
        return Json.createObjectBuilder(export).add("conference",
                Json.createObjectBuilder(export.getJsonObject("conference")).add("slug", slug)).build();
    }

    /**
     * The export without its keys, which are derived from ids and so differ between two copies: people and
     * organisations are named instead, in the sessions' speakers and data alike.
     */
    static String comparable(JsonObject export) {
        Map<String, String> names = names(export);
        return export.getJsonArray("sessions").stream().map(v -> {
            JsonObject s = v.asJsonObject();
            return String.join("|", s.getString("title"), s.getString("format"), s.getString("track", "-"),
                    s.getString("start"), s.getString("end"), s.getString("status"),
                    s.getJsonArray("speakers").stream().map(k -> names.get(((JsonString) k).getString()))
                            .collect(Collectors.joining(",")),
                    String.valueOf(s.containsKey("data") ? named(s.get("data"), names) : null));
        }).collect(Collectors.joining("\n")) + Json.createObjectBuilder(export.getJsonObject("conference")).remove("slug").build();
    }

    /** The export's keys of people and organisations, each to {@code people:<name>} or {@code organisations:<name>}. */
    static Map<String, String> names(JsonObject export) {
        Map<String, String> names = new HashMap<>();
        for (String list : List.of("people", "organisations")) {
            export.getJsonArray(list).stream().map(JsonValue::asJsonObject)
                    .forEach(p -> names.put(p.getString("key"), list + ":" + p.getString("name")));
        }
        return names;
    }

    /** The JSON with every string that is a key of the file replaced by the name it stands for. */
    static JsonValue named(JsonValue value, Map<String, String> names) {
        return switch (value.getValueType()) {
            case STRING -> {
                String text = ((JsonString) value).getString();
                yield Json.createValue(names.getOrDefault(text, text));
            }
            case ARRAY -> {
                var array = Json.createArrayBuilder();
                value.asJsonArray().forEach(v -> array.add(named(v, names)));
                yield array.build();
            }
            case OBJECT -> {
                var object = Json.createObjectBuilder();
                value.asJsonObject().forEach((k, v) -> object.add(names.getOrDefault(k, k), named(v, names)));
                yield object.build();
            }
            default -> value;
        };
    }
}

package org.plenary.webapp.it.naming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.plenary.spi.DataReferences;
import org.plenary.spi.FormatData;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.SessionFormat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A format whose data names people and an organisation, {@code {"host": key, "guests": [key…], "organiser": key}},
 * and keeps their ids (in memory): what the core's references to people are tested with, apart from any real
 * plugin.
 */
@ApplicationScoped
public class RosterFormat implements SessionFormat, FormatData {

    /** What a session keeps: ids, never keys. */
    public record Roster(long host, List<Long> guests, Long organiser) {
    }

    private final Map<Long, Roster> kept = new ConcurrentHashMap<>();

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("roster", "1.0.0", "[1.0,2.0)");
    }

    @Override
    public FormatData data() {
        return this;
    }

    public Roster of(long sessionId) {
        return kept.get(sessionId);
    }

    @Override
    public JsonObject exportSession(long sessionId, DataReferences refs) {
        Roster r = kept.get(sessionId);
        if (r == null) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        JsonArrayBuilder guests = Json.createArrayBuilder();
        r.guests().forEach(id -> guests.add(refs.personKey(id)));
        var data = Json.createObjectBuilder().add("host", refs.personKey(r.host())).add("guests", guests);
        if (r.organiser() != null) {
            data.add("organiser", refs.organisationKey(r.organiser()));
        }
        return data.build();
    }

    @Override
    public void importSession(long sessionId, JsonObject data, DataReferences refs) {
        if (data.isEmpty()) {
            return;
        }
        long host = refs.personId(data.getString("host"));
        List<Long> guests = data.getJsonArray("guests").getValuesAs(JsonString.class).stream()
                .map(k -> refs.personId(k.getString())).toList();
        Long organiser = data.containsKey("organiser") ? refs.organisationId(data.getString("organiser")) : null;
        kept.put(sessionId, new Roster(host, guests, organiser));
    }

    @Override
    public JsonObject exportSession(long sessionId) {
        return exportSession(sessionId, DataReferences.NONE);
    }

    @Override
    public void importSession(long sessionId, JsonObject data) {
        importSession(sessionId, data, DataReferences.NONE);
    }

    @Override
    public void deleteSession(long sessionId) {
        kept.remove(sessionId);
    }
}

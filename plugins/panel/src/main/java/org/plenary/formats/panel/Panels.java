package org.plenary.formats.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.plenary.spi.ConferencePeople;
import org.plenary.spi.DataReferences;
import org.plenary.spi.FormatData;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The panels of sessions as kept in the plugin's tables, and the panel's part of export and import:
 * {@code {"kind": "PLENARY", "moderator": "<person key>", "panellists": ["<key>", {"person": "<key>", "role": "…"}]}},
 * people named by the file's keys.
 */
@ApplicationScoped
public class Panels implements FormatData, Serializable {

    private static final Set<String> FIELDS = Set.of("kind", "moderator", "panellists");

    @PersistenceContext(unitName = "panel")
    transient EntityManager em;

    @Inject
    ConferencePeople people;

    protected Panels() {
    }

    /** For use outside a container, with an entity manager of the {@code panel} unit. */
    public Panels(EntityManager em, ConferencePeople people) {
        this.em = em;
        this.people = people;
    }

    public Optional<Panel> of(long sessionId) {
        return em.createQuery("select p from Panel p where p.sessionId = :id", Panel.class)
                .setParameter("id", sessionId).getResultStream().findFirst();
    }

    /** Keeps this line-up, checked by the caller against the session's conference, in place of the session's panel. */
    public void replace(long sessionId, LineUp lineUp) {
        of(sessionId).ifPresent(old -> {
            em.remove(old);
            em.flush();
        });
        em.persist(new Panel(sessionId, lineUp));
    }

    @Override
    public void deleteSession(long sessionId) {
        of(sessionId).ifPresent(em::remove);
    }

    /** The panel's data; a person the file does not hold (the core deleted them) is left out. */
    @Override
    public JsonObject exportSession(long sessionId, DataReferences refs) {
        Optional<Panel> panel = of(sessionId);
        if (panel.isEmpty()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        LineUp lineUp = panel.get().lineUp();
        JsonObjectBuilder data = Json.createObjectBuilder().add("kind", lineUp.kind().name());
        if (lineUp.moderatorId() != null) {
            keyOf(lineUp.moderatorId(), refs).ifPresent(key -> data.add("moderator", key));
        }
        JsonArrayBuilder panellists = Json.createArrayBuilder();
        for (Seat seat : lineUp.seats()) {
            keyOf(seat.getPersonId(), refs).ifPresent(key -> {
                if (seat.getRole() == null) {
                    panellists.add(key);
                } else {
                    panellists.add(Json.createObjectBuilder().add("person", key).add("role", seat.getRole()));
                }
            });
        }
        return data.add("panellists", panellists).build();
    }

    @Override
    public void importSession(long sessionId, JsonObject data, DataReferences refs) {
        if (data.isEmpty()) {
            return;
        }
        List<String> unknown = data.keySet().stream().filter(f -> !FIELDS.contains(f)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", unknown) + ": not a field of a panel (kind, moderator, panellists)");
        }
        Long moderator = null;
        if (data.containsKey("moderator") && data.get("moderator").getValueType() != JsonValue.ValueType.NULL) {
            moderator = personId(data.get("moderator"), "moderator", refs);
        }
        LineUp lineUp = new LineUp(kind(data), moderator, seats(data, refs));
        List<PanelProblem> problems = lineUp.problems(people::person);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(p -> p.in(Locale.ROOT)).collect(Collectors.joining("; ")));
        }
        em.persist(new Panel(sessionId, lineUp));
    }

    /** Without people: a panel that names none. */
    @Override
    public JsonObject exportSession(long sessionId) {
        return exportSession(sessionId, DataReferences.NONE);
    }

    @Override
    public void importSession(long sessionId, JsonObject data) {
        importSession(sessionId, data, DataReferences.NONE);
    }

    private static PanelKind kind(JsonObject data) {
        JsonValue kind = data.get("kind");
        if (kind == null) {
            throw new IllegalArgumentException("kind is missing: HIGH_LEVEL, PLENARY or BREAKOUT");
        }
        String name = kind instanceof JsonString s ? s.getString() : kind.toString();
        try {
            return PanelKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind '" + name + "' is not HIGH_LEVEL, PLENARY or BREAKOUT");
        }
    }

    private static List<Seat> seats(JsonObject data, DataReferences refs) {
        JsonValue list = data.getOrDefault("panellists", JsonValue.EMPTY_JSON_ARRAY);
        if (list.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException("panellists must be an array");
        }
        List<Seat> seats = new ArrayList<>();
        int i = 0;
        for (JsonValue entry : list.asJsonArray()) {
            String where = "panellists[" + i++ + "]";
            if (entry instanceof JsonObject seat) {
                if (!seat.keySet().stream().allMatch(f -> f.equals("person") || f.equals("role"))
                        || !(seat.get("role") == null || seat.get("role") instanceof JsonString)) {
                    throw new IllegalArgumentException(where + " must be a person's key or {\"person\": key, \"role\": text}");
                }
                seats.add(new Seat(personId(seat.get("person"), where + ".person", refs), seat.getString("role", null)));
            } else {
                seats.add(new Seat(personId(entry, where, refs), null));
            }
        }
        return seats;
    }

    private static long personId(JsonValue key, String where, DataReferences refs) {
        if (!(key instanceof JsonString s)) {
            throw new IllegalArgumentException(where + " must be a person's key");
        }
        try {
            return refs.personId(s.getString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> keyOf(long personId, DataReferences refs) {
        try {
            return Optional.of(refs.personKey(personId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package org.plenary.formats.keynote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.plenary.spi.FormatData;

import java.util.List;

/** The slides and links of keynotes: what participants see, and the keynote's part of export and import. */
@ApplicationScoped
public class KeynoteMaterials implements FormatData, java.io.Serializable {

    static final int MAX_RESOURCES = 20;

    @PersistenceContext(unitName = "keynote")
    transient EntityManager em;

    protected KeynoteMaterials() {
    }

    /** For use outside a container, with an entity manager of the {@code keynote} unit. */
    public KeynoteMaterials(EntityManager em) {
        this.em = em;
    }

    public List<KeynoteResource> of(long sessionId) {
        return em.createQuery("select r from KeynoteResource r where r.sessionId = :id order by r.sortOrder",
                KeynoteResource.class).setParameter("id", sessionId).getResultList();
    }

    @Override
    public JsonObject exportSession(long sessionId) {
        JsonArrayBuilder resources = Json.createArrayBuilder();
        for (KeynoteResource r : of(sessionId)) {
            resources.add(Json.createObjectBuilder().add("kind", r.getKind().name()).add("title", r.getTitle())
                    .add("url", r.getUrl()));
        }
        return Json.createObjectBuilder().add("resources", resources).build();
    }

    @Override
    public void importSession(long sessionId, JsonObject data) {
        JsonValue list = data.getOrDefault("resources", JsonValue.EMPTY_JSON_ARRAY);
        if (list.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException("resources must be an array");
        }
        var resources = list.asJsonArray();
        if (resources.size() > MAX_RESOURCES) {
            throw new IllegalArgumentException("a keynote has at most " + MAX_RESOURCES + " resources, not " + resources.size());
        }
        for (int i = 0; i < resources.size(); i++) {
            if (!(resources.get(i) instanceof JsonObject r)) {
                throw new IllegalArgumentException("resources[" + i + "] must be an object");
            }
            try {
                em.persist(new KeynoteResource(sessionId, kind(r), text(r, "title"), text(r, "url"), i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("resources[" + i + "]: " + e.getMessage(), e);
            }
        }
    }

    /** Replaces the session's resources with these, in their order (inside the caller's transaction). */
    public void replace(long sessionId, List<KeynoteResource> resources) {
        if (resources.size() > MAX_RESOURCES) {
            throw new IllegalArgumentException("a keynote has at most " + MAX_RESOURCES + " resources");
        }
        deleteSession(sessionId);
        em.flush();
        resources.forEach(em::persist);
    }

    @Override
    public void deleteSession(long sessionId) {
        em.createQuery("delete from KeynoteResource r where r.sessionId = :id").setParameter("id", sessionId)
                .executeUpdate();
    }

    private static ResourceKind kind(JsonObject r) {
        String kind = text(r, "kind");
        try {
            return kind == null ? null : ResourceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind '" + kind + "' is neither SLIDES nor LINK");
        }
    }

    private static String text(JsonObject r, String field) {
        return r.get(field) instanceof JsonString s ? s.getString() : null;
    }
}

package org.plenary.platform.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What participants may know of a session's Q&amp;A, as one JSON object: what each push carries, what
 * {@code GET /api/v1/sessions/{id}/questions} answers, and what a participant's page shows.
 * <pre>{@code
 * {"session": 123, "open": true,
 *  "questions": [{"id": 7, "text": "…", "name": "Ana", "votes": 4, "answered": false, "pinned": true}, …]}
 * }</pre>
 * Only approved questions, in the participants' order ({@link Question#BY_RANK}); {@code name} only when the asker
 * chose to show it. Never a pending or hidden question, never an account.
 */
@ApplicationScoped
public class PublicQuestions {

    @Inject
    Questions questions;

    /** The session's public Q&amp;A as read from the database now. */
    public JsonObject of(long sessionId) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Question q : questions.visible(sessionId)) {
            JsonObjectBuilder one = Json.createObjectBuilder().add("id", q.getId()).add("text", q.getText());
            if (q.getShownName() != null) {
                one.add("name", q.getShownName());
            }
            list.add(one.add("votes", q.getVotes()).add("answered", q.isAnswered()).add("pinned", q.isPinned()));
        }
        return Json.createObjectBuilder().add("session", sessionId).add("open", questions.isOpen(sessionId))
                .add("questions", list).build();
    }
}

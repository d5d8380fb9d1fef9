package org.plenary.platform.transfer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import org.plenary.platform.questions.Question;
import org.plenary.platform.questions.QuestionBoard;
import org.plenary.platform.questions.QuestionState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A session's Q&amp;A in the import format: {@code "questions": [{"text", "state", "answered", "pinned", "votes",
 * "askedAt", "name"?}]} and {@code "questionsOpen": false} when its moderators closed it (see docs/import-format.md).
 * Accounts are not exported: an imported question has no author, and its votes are a count (no voter is known, so
 * anyone may vote for it once on the new platform).
 */
final class QuestionsInFile {

    /** One question as read from a file, before its session has an id. */
    record Read(String text, String name, QuestionState state, boolean answered, boolean pinned, int votes, Instant askedAt) {
    }

    private final boolean open;
    private final List<Read> questions;

    private QuestionsInFile(boolean open, List<Read> questions) {
        this.open = open;
        this.questions = questions;
    }

    /** Writes the session's questions and state into its JSON (nothing when it has neither). */
    static void export(JsonObjectBuilder session, List<Question> questions, QuestionBoard board) {
        if (board != null && !board.isOpen()) {
            session.add("questionsOpen", false);
        }
        if (questions.isEmpty()) {
            return;
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Question q : questions) {
            JsonObjectBuilder one = Json.createObjectBuilder().add("text", q.getText()).add("state", q.getState().name())
                    .add("answered", q.isAnswered()).add("pinned", q.isPinned()).add("votes", q.getVotes())
                    .add("askedAt", q.getAskedAt().toString());
            if (q.getShownName() != null) {
                one.add("name", q.getShownName());
            }
            list.add(one);
        }
        session.add("questions", list);
    }

    /** Reads a session's questions, recording each problem. */
    static QuestionsInFile read(JsonFields session) {
        boolean open = session.bool("questionsOpen", true);
        List<Read> read = new ArrayList<>();
        for (JsonFields q : session.objects("questions")) {
            String text = q.text("text", true, Question.TEXT_MAX);
            QuestionState state = q.enumValue("state", QuestionState.class);
            boolean answered = q.bool("answered", false);
            boolean pinned = q.bool("pinned", false);
            Integer votes = q.integer("votes", false);
            Instant askedAt = q.instant("askedAt", true);
            String name = q.text("name", false, Question.NAME_MAX);
            if (votes != null && votes < 0) {
                q.problem("votes", "must not be negative");
            }
            if (pinned && state != null && state != QuestionState.APPROVED) {
                q.problem("pinned", "only an APPROVED question is pinned");
            }
            if (text != null && state != null && askedAt != null && (votes == null || votes >= 0)) {
                read.add(new Read(text, name, state, answered, pinned, votes == null ? 0 : votes, askedAt));
            }
        }
        if (read.stream().filter(Read::pinned).count() > 1) {
            session.problem("questions", "at most one question of a session is pinned");
        }
        return new QuestionsInFile(open, read);
    }

    /** Stores them for the session, now that it has its id. */
    void store(EntityManager em, long sessionId) {
        if (!open) {
            em.persist(new QuestionBoard(sessionId, false));
        }
        for (Read r : questions) {
            em.persist(Question.imported(sessionId, r.text(), r.name(), r.state(), r.answered(), r.pinned(), r.votes(), r.askedAt()));
        }
    }
}

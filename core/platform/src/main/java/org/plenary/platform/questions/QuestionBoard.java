package org.plenary.platform.questions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Collection;

/**
 * A session's Q&A as its moderators run it: open (participants ask and vote) or closed (the list stays, nothing is
 * added), and the rule that at most one question of the session is pinned. A session without a board is open.
 */
@Entity
@Table(name = "question_board")
public class QuestionBoard {

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "questions_open", nullable = false)
    private boolean open = true;

    @Version
    private long version;

    protected QuestionBoard() {
    }

    QuestionBoard(long sessionId) {
        this.sessionId = sessionId;
    }

    /** A session's board as an import file gives it. */
    public QuestionBoard(long sessionId, boolean open) {
        this.sessionId = sessionId;
        this.open = open;
    }

    public boolean isOpen() {
        return open;
    }

    void setOpen(boolean open) {
        this.open = open;
    }

    /**
     * Pins one question of the session and unpins every other: the participants' list has one current question.
     *
     * @param target    an approved question of this session
     * @param questions the session's questions (those pinned now at least)
     * @throws IllegalArgumentException when the question is of another session
     * @throws IllegalStateException    when it is not approved
     */
    void pin(Question target, Collection<Question> questions) {
        if (target.getSessionId() != sessionId) {
            throw new IllegalArgumentException("question " + target.getId() + " is not of session " + sessionId);
        }
        target.pin(true);
        questions.stream().filter(q -> q != target && !q.getId().equals(target.getId()) && q.isPinned())
                .forEach(q -> q.pin(false));
    }

    /** Unpins a question of this session. */
    void unpin(Question target) {
        if (target.getSessionId() != sessionId) {
            throw new IllegalArgumentException("question " + target.getId() + " is not of session " + sessionId);
        }
        target.pin(false);
    }

    public long getSessionId() {
        return sessionId;
    }
}

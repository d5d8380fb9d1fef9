package org.plenary.platform.questions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Objects;

/**
 * A participant's question to a session, and what its moderators made of it. A question starts {@link
 * QuestionState#PENDING}; only an {@link QuestionState#APPROVED} one reaches the participants, may be voted for, marked
 * answered or pinned. Hiding takes it off the list (and unpins it); approving brings it back.
 */
@Entity
@Table(name = "question")
public class Question extends Identified {

    /** The longest question, in characters. */
    public static final int TEXT_MAX = 500;
    /** The longest name shown with a question (an account's display name fits). */
    public static final int NAME_MAX = 200;

    /** The participants' order: the pinned one first, then by votes, then the oldest first. */
    public static final Comparator<Question> BY_RANK = Comparator.comparing(Question::isPinned).reversed()
            .thenComparing(Comparator.comparingInt(Question::getVotes).reversed())
            .thenComparing(q -> q.askedAtUtc)
            .thenComparing(Question::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @Size(max = NAME_MAX)
    @Column(name = "shown_name")
    private String shownName;

    @NotBlank(message = "{plenary.question.empty}")
    @Size(max = TEXT_MAX, message = "{plenary.question.tooLong}")
    private String text;

    @Enumerated(EnumType.STRING)
    private QuestionState state = QuestionState.PENDING;

    private boolean answered;

    private boolean pinned;

    /** Written by one UPDATE per vote ({@link Questions#vote}), never through this field: no lost vote under races. */
    @Column(updatable = false)
    private int votes;

    @Column(name = "asked_at", nullable = false)
    private LocalDateTime askedAtUtc;

    @Version
    private long version;

    protected Question() {
    }

    /**
     * A question just asked, waiting for moderation.
     *
     * @param showName whether the asker's display name is shown with it
     */
    public Question(long sessionId, Account author, String text, boolean showName, Instant at) {
        this.sessionId = sessionId;
        this.author = Objects.requireNonNull(author, "author");
        this.text = text == null ? null : text.strip();
        this.shownName = showName ? shorten(author.getDisplayName()) : null;
        this.askedAtUtc = utc(at);
    }

    /** A question as another platform exported it: no author (accounts are not exported), its votes as counted. */
    public static Question imported(long sessionId, String text, String shownName, QuestionState state, boolean answered,
                                    boolean pinned, int votes, Instant askedAt) {
        Question q = new Question();
        q.sessionId = sessionId;
        q.text = text;
        q.shownName = shownName;
        q.state = Objects.requireNonNull(state, "state");
        q.answered = answered;
        q.pinned = pinned && state == QuestionState.APPROVED;
        if (votes < 0) {
            throw new IllegalArgumentException("votes must not be negative: " + votes);
        }
        q.votes = votes;
        q.askedAtUtc = utc(askedAt);
        return q;
    }

    /** Shows the question to every participant of the session. */
    public void approve() {
        state = QuestionState.APPROVED;
    }

    /** Takes the question off the participants' list; a hidden question is never pinned. */
    public void hide() {
        state = QuestionState.HIDDEN;
        pinned = false;
    }

    /**
     * Marks the question answered, or not.
     *
     * @throws IllegalStateException unless it is approved
     */
    public void markAnswered(boolean isAnswered) {
        requireApproved("answered");
        answered = isAnswered;
    }

    /**
     * Pins or unpins the question. Keeping one pinned question per session is the board's rule
     * ({@link QuestionBoard#pin}).
     *
     * @throws IllegalStateException when pinning a question that is not approved
     */
    void pin(boolean isPinned) {
        if (isPinned) {
            requireApproved("pinned");
        }
        pinned = isPinned;
    }

    /** Whether participants see it. */
    public boolean isVisible() {
        return state == QuestionState.APPROVED;
    }

    /** Whether the account asked it. */
    public boolean isAskedBy(long accountId) {
        return author != null && author.getId() == accountId;
    }

    private void requireApproved(String what) {
        if (state != QuestionState.APPROVED) {
            throw new IllegalStateException("only an approved question is " + what + "; this one is " + state);
        }
    }

    private static String shorten(String name) {
        return name == null || name.length() <= NAME_MAX ? name : name.substring(0, NAME_MAX);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(Objects.requireNonNull(at, "at"), ZoneOffset.UTC);
    }

    public long getSessionId() {
        return sessionId;
    }

    /** The name shown with the question; null when its asker chose not to show it. */
    public String getShownName() {
        return shownName;
    }

    public String getText() {
        return text;
    }

    public QuestionState getState() {
        return state;
    }

    public boolean isAnswered() {
        return answered;
    }

    public boolean isPinned() {
        return pinned;
    }

    public int getVotes() {
        return votes;
    }

    public Instant getAskedAt() {
        return askedAtUtc.toInstant(ZoneOffset.UTC);
    }

    public long getVersion() {
        return version;
    }
}

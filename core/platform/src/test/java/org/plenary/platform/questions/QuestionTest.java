package org.plenary.platform.questions;

import org.junit.jupiter.api.Test;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.persistence.Ids;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionTest {

    static final Instant NOW = Instant.parse("2031-06-02T08:00:00Z");
    private final Account ana = Ids.assign(new Account("ana@example.org", "Ana", "hash", NOW));

    @Test
    void aQuestionWaitsForAModeratorAndShowsTheNameOnlyWhenAsked() {
        Question named = new Question(7, ana, "  Why?  ", true, NOW);
        Question anonymous = new Question(7, ana, "Why not?", false, NOW);
        assertAll(
                () -> assertEquals(QuestionState.PENDING, named.getState()),
                () -> assertFalse(named.isVisible()),
                () -> assertEquals("Why?", named.getText()),
                () -> assertEquals("Ana", named.getShownName()),
                () -> assertNull(anonymous.getShownName()),
                () -> assertTrue(anonymous.isAskedBy(ana.getId())),
                () -> assertEquals(0, named.getVotes()));
    }

    @Test
    void onlyAnApprovedQuestionIsAnsweredOrPinnedAndHidingUnpinsIt() {
        QuestionBoard board = new QuestionBoard(7);
        Question q = Ids.assign(new Question(7, ana, "Why?", false, NOW));
        assertThrows(IllegalStateException.class, () -> q.markAnswered(true));
        assertThrows(IllegalStateException.class, () -> board.pin(q, List.of(q)));
        q.approve();
        q.markAnswered(true);
        board.pin(q, List.of(q));
        assertTrue(q.isAnswered() && q.isPinned() && q.isVisible());
        q.hide();
        assertAll(
                () -> assertEquals(QuestionState.HIDDEN, q.getState()),
                () -> assertFalse(q.isPinned(), "a hidden question is never pinned"),
                () -> assertFalse(q.isVisible()));
    }

    @Test
    void theBoardKeepsOnePinnedQuestionOfItsOwnSession() {
        QuestionBoard board = new QuestionBoard(7);
        Question first = approved(7, NOW);
        Question second = approved(7, NOW.plusSeconds(1));
        board.pin(first, List.of(first, second));
        board.pin(second, List.of(first, second));
        assertAll(
                () -> assertFalse(first.isPinned()),
                () -> assertTrue(second.isPinned()),
                () -> assertThrows(IllegalArgumentException.class, () -> board.pin(approved(8, NOW), List.of())),
                () -> assertTrue(board.isOpen(), "a board is open until its moderators close it"));
    }

    @Test
    void participantsSeeThePinnedFirstThenByVotesThenTheOldest() {
        Question old = imported(0, false, NOW);
        Question voted = imported(5, false, NOW.plusSeconds(10));
        Question newer = imported(0, false, NOW.plusSeconds(20));
        Question pinned = imported(0, true, NOW.plusSeconds(30));
        assertEquals(List.of(pinned, voted, old, newer),
                java.util.stream.Stream.of(newer, old, pinned, voted).sorted(Question.BY_RANK).toList());
    }

    @Test
    void anImportedQuestionKeepsItsCountAndNeverPinsAQuestionNotShown() {
        Question q = Question.imported(7, "Kept?", "Ben", QuestionState.HIDDEN, false, true, 12, NOW);
        assertAll(
                () -> assertEquals(12, q.getVotes()),
                () -> assertFalse(q.isPinned()),
                () -> assertFalse(q.isAskedBy(ana.getId()), "no author"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> Question.imported(7, "Bad", null, QuestionState.APPROVED, false, false, -1, NOW)));
    }

    private Question approved(long session, Instant at) {
        Question q = Ids.assign(new Question(session, ana, "Q " + at, false, at));
        q.approve();
        return q;
    }

    private static Question imported(int votes, boolean pinned, Instant at) {
        return Ids.assign(Question.imported(7, "Q " + at, null, QuestionState.APPROVED, false, pinned, votes, at));
    }
}

package org.plenary.platform.questions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** One participant's vote for a question: at most one each (the table's unique key), and it stays cast. */
@Entity
@Table(name = "question_vote")
public class QuestionVote extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "cast_at", nullable = false)
    private LocalDateTime castAtUtc;

    protected QuestionVote() {
    }

    QuestionVote(Question question, Account account, Instant at) {
        this.question = Objects.requireNonNull(question, "question");
        this.account = Objects.requireNonNull(account, "account");
        this.castAtUtc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Question getQuestion() {
        return question;
    }
}

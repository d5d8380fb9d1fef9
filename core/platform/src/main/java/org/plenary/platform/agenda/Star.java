package org.plenary.platform.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.persistence.Identified;
import org.plenary.platform.programme.Session;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A session an account means to attend: one entry of its personal agenda. */
@Entity
@Table(name = "agenda_star")
public class Star extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private Session session;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAtUtc;

    protected Star() {
    }

    Star(Account account, Session session, Instant at) {
        this.account = Objects.requireNonNull(account, "account");
        this.session = Objects.requireNonNull(session, "session");
        this.createdAtUtc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Session getSession() {
        return session;
    }

    public Instant getCreatedAt() {
        return createdAtUtc.toInstant(ZoneOffset.UTC);
    }
}

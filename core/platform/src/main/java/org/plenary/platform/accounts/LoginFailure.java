package org.plenary.platform.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.plenary.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One failed sign-in: the e-mail address tried (normalised, whether an account has it or not), from where, when. */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends Identified {

    @Column(name = "email_key", nullable = false)
    private String emailKey;

    @Column(nullable = false)
    private String address;

    @Column(name = "failed_at", nullable = false)
    private LocalDateTime failedAtUtc;

    protected LoginFailure() {
    }

    LoginFailure(String emailKey, String address, Instant at) {
        this.emailKey = emailKey;
        this.address = address;
        this.failedAtUtc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Instant getFailedAt() {
        return failedAtUtc.toInstant(ZoneOffset.UTC);
    }
}

package org.plenary.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.plenary.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One change: who made it, when, in which conference (none for platform-wide ones), what and to what. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends Identified {

    static final int SUBJECT_MAX = 300;
    static final int DETAIL_MAX = 2000;

    @Column(name = "at_utc", nullable = false)
    private LocalDateTime atUtc;

    @Column(nullable = false)
    private String actor;

    @Column(name = "conference_id")
    private Long conferenceId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String subject;

    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, Long conferenceId, String action, String subject, String detail) {
        this.atUtc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.actor = actor;
        this.conferenceId = conferenceId;
        this.action = action;
        this.subject = cut(subject, SUBJECT_MAX);
        this.detail = detail == null ? null : cut(detail, DETAIL_MAX);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Instant getAt() {
        return atUtc.toInstant(ZoneOffset.UTC);
    }

    public String getActor() {
        return actor;
    }

    public Long getConferenceId() {
        return conferenceId;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}

package org.plenary.platform.networking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.persistence.Identified;
import org.plenary.platform.registration.Registration;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One participant asking another, listed in the conference's directory, to be in touch. */
@Entity
@Table(name = "contact_request")
public class ContactRequest extends Identified {

    public static final int MESSAGE_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_id")
    private Registration from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_id")
    private Registration to;

    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactStatus status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAtUtc;

    @Column(name = "answered_at")
    private LocalDateTime answeredAtUtc;

    @Version
    @Column(nullable = false)
    private long version;

    protected ContactRequest() {
    }

    /**
     * A request from one participant of a conference to another, who must be listed in its directory.
     *
     * @throws IllegalArgumentException when they are the same, of different conferences, or the other is not listed
     */
    public ContactRequest(Registration from, Registration to, String message, Instant at) {
        if (from.isSameAs(to)) {
            throw new IllegalArgumentException("one does not ask oneself to be in touch");
        }
        if (!from.getConference().getId().equals(to.getConference().getId())) {
            throw new IllegalArgumentException("both must take part in the same conference");
        }
        if (!Networking.inDirectory(to)) {
            throw new IllegalArgumentException("the other participant is not in the directory");
        }
        if (message != null && message.length() > MESSAGE_MAX) {
            throw new IllegalArgumentException("a message has at most " + MESSAGE_MAX + " characters");
        }
        this.conference = from.getConference();
        this.from = from;
        this.to = to;
        this.message = message == null || message.isBlank() ? null : message.strip();
        this.status = ContactStatus.PENDING;
        this.createdAtUtc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The asked participant accepts or declines; only they may, and only while it waits. */
    public void answer(Registration by, boolean accept, Instant at) {
        if (!by.isSameAs(to)) {
            throw new IllegalArgumentException("only the participant asked may answer");
        }
        if (status != ContactStatus.PENDING) {
            throw new IllegalStateException("this request was answered already");
        }
        status = accept ? ContactStatus.ACCEPTED : ContactStatus.DECLINED;
        answeredAtUtc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The asker takes back a request that waits. */
    public void withdraw(Registration by) {
        if (!by.isSameAs(from)) {
            throw new IllegalArgumentException("only the asker may withdraw a request");
        }
        if (status != ContactStatus.PENDING) {
            throw new IllegalStateException("this request was answered already");
        }
        status = ContactStatus.WITHDRAWN;
    }

    /** Whether this registration is one of the two. */
    public boolean concerns(Registration r) {
        return r.isSameAs(from) || r.isSameAs(to);
    }

    /** The other one of the two, seen from one of them. */
    public Registration other(Registration me) {
        return me.isSameAs(from) ? to : from;
    }


    public Conference getConference() {
        return conference;
    }

    public Registration getFrom() {
        return from;
    }

    public Registration getTo() {
        return to;
    }

    public String getMessage() {
        return message;
    }

    public ContactStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAtUtc.toInstant(ZoneOffset.UTC);
    }

    public long getVersion() {
        return version;
    }
}

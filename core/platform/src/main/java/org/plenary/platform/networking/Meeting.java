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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A one-to-one meeting of two participants who are in touch, booked by one of them into a slot free for both. */
@Entity
@Table(name = "meeting")
public class Meeting extends Identified {

    /** How long a meeting lasts, and the grid slots are laid on. */
    public static final Duration LENGTH = Duration.ofMinutes(30);
    public static final int NOTE_MAX = 300;

    public enum Status { BOOKED, CANCELLED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booked_by_id")
    private Registration bookedBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guest_id")
    private Registration guest;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAtUtc;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAtUtc;

    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAtUtc;

    @Version
    @Column(nullable = false)
    private long version;

    protected Meeting() {
    }

    Meeting(Registration bookedBy, Registration guest, Instant start, String note) {
        if (note != null && note.length() > NOTE_MAX) {
            throw new IllegalArgumentException("a note has at most " + NOTE_MAX + " characters");
        }
        this.conference = bookedBy.getConference();
        this.bookedBy = bookedBy;
        this.guest = guest;
        this.startsAtUtc = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
        this.endsAtUtc = LocalDateTime.ofInstant(start.plus(LENGTH), ZoneOffset.UTC);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.status = Status.BOOKED;
    }

    /** Either of the two calls the meeting off. */
    public void cancel(Registration by, Instant at) {
        if (!isOneOfTheTwo(by)) {
            throw new IllegalArgumentException("only the two participants may cancel their meeting");
        }
        status = Status.CANCELLED;
        cancelledAtUtc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public boolean isOneOfTheTwo(Registration r) {
        return r.isSameAs(bookedBy) || r.isSameAs(guest);
    }

    /** The other participant, seen from the account of one of the two. */
    public Registration otherThan(long accountId) {
        return bookedBy.getAccount().getId() == accountId ? guest : bookedBy;
    }

    /** The other participant, seen from one of the two. */
    public Registration other(Registration me) {
        return me.isSameAs(bookedBy) ? guest : bookedBy;
    }


    public Interval interval() {
        return new Interval(getStart(), getEnd());
    }

    public Instant getStart() {
        return startsAtUtc.toInstant(ZoneOffset.UTC);
    }

    public Instant getEnd() {
        return endsAtUtc.toInstant(ZoneOffset.UTC);
    }

    public Conference getConference() {
        return conference;
    }

    public Registration getBookedBy() {
        return bookedBy;
    }

    public Registration getGuest() {
        return guest;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}

package org.plenary.formats.panel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A session's panel as kept: its kind, moderator and panellists (people by the core's ids). */
@Entity
@Table(name = "fmt_panel_panel")
public class Panel {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fmt_panel")
    @SequenceGenerator(name = "fmt_panel", sequenceName = "fmt_panel_seq", allocationSize = 20)
    private Long id;

    @Column(name = "session_id", nullable = false, unique = true)
    private long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PanelKind kind;

    @Column(name = "moderator_id")
    private Long moderatorId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fmt_panel_seat", joinColumns = @JoinColumn(name = "panel_id"))
    @OrderColumn(name = "sort_order")
    private List<Seat> seats = new ArrayList<>();

    protected Panel() {
    }

    /** The panel of a session, with a line-up its caller checked ({@link LineUp#problems}). */
    Panel(long sessionId, LineUp lineUp) {
        if (lineUp.kind() == null) {
            throw new IllegalArgumentException("a panel needs a kind");
        }
        this.sessionId = sessionId;
        this.kind = lineUp.kind();
        this.moderatorId = lineUp.moderatorId();
        this.seats = new ArrayList<>(lineUp.seats());
    }

    public long getSessionId() {
        return sessionId;
    }

    public LineUp lineUp() {
        return new LineUp(kind, moderatorId, seats);
    }
}

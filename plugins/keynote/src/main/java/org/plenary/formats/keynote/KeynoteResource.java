package org.plenary.formats.keynote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Slides or a link that goes with a keynote, shown on its session page. */
@Entity
@Table(name = "fmt_keynote_resource")
public class KeynoteResource {

    static final int MAX_TITLE = 200;
    static final int MAX_URL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fmt_keynote")
    @SequenceGenerator(name = "fmt_keynote", sequenceName = "fmt_keynote_seq", allocationSize = 20)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String url;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected KeynoteResource() {
    }

    /** A resource; throws {@link IllegalArgumentException} saying what is wrong with the title or address. */
    public KeynoteResource(long sessionId, ResourceKind kind, String title, String url, int sortOrder) {
        if (kind == null) {
            throw new IllegalArgumentException("a resource needs a kind (SLIDES or LINK)");
        }
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("a resource needs a title of 1 to " + MAX_TITLE + " characters");
        }
        if (url == null || url.length() > MAX_URL || !url.matches("https?://[^\\s<>\"]+")) {
            throw new IllegalArgumentException("'" + title + "' needs an http or https address");
        }
        this.sessionId = sessionId;
        this.kind = kind;
        this.title = title.strip();
        this.url = url;
        this.sortOrder = sortOrder;
    }

    public long getSessionId() {
        return sessionId;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

package org.plenary.platform.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.plenary.platform.persistence.Identified;

/** A parallel channel of the programme (a room, a stream), shown as a column. */
@Entity
@Table(name = "track")
public class Track extends Identified implements Comparable<Track> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "{plenary.trackKey}")
    @Column(name = "track_key")
    private String key;

    @NotBlank
    @Size(max = 120)
    private String name;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Track() {
    }

    Track(Conference conference, String key, String name, int sortOrder) {
        this.conference = conference;
        this.key = key;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    /** Changes the name participants see; the key (in links and imports) stays. */
    public void rename(String name) {
        this.name = name.strip();
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Conference getConference() {
        return conference;
    }

    @Override
    public int compareTo(Track other) {
        return Integer.compare(sortOrder, other.sortOrder);
    }
}

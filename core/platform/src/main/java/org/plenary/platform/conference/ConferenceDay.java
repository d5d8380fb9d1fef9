package org.plenary.platform.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.plenary.platform.persistence.Identified;

import java.time.LocalDate;

/** One date of a conference and its theme ("Effective policies"). */
@Entity
@Table(name = "conference_day")
public class ConferenceDay extends Identified implements Comparable<ConferenceDay> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @Column(name = "day_date", nullable = false)
    private LocalDate date;

    @Size(max = 300)
    private String theme;

    protected ConferenceDay() {
    }

    ConferenceDay(Conference conference, LocalDate date, String theme) {
        this.conference = conference;
        this.date = date;
        this.theme = theme;
    }

    /** Changes the day's theme ("Effective policies"); blank means none. */
    public void retheme(String theme) {
        this.theme = theme == null || theme.isBlank() ? null : theme.strip();
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTheme() {
        return theme;
    }

    @Override
    public int compareTo(ConferenceDay other) {
        return date.compareTo(other.date);
    }
}

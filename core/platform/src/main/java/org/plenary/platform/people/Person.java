package org.plenary.platform.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.persistence.Identified;
import org.plenary.spi.SessionDetails;

/** Someone who speaks, moderates or takes part: name, affiliation, country and a short bio. */
@Entity
@Table(name = "person")
public class Person extends Identified {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 300)
    private String affiliation;

    /** ISO 3166-1 alpha-2. */
    @Pattern(regexp = "[A-Z]{2}", message = "{plenary.country}")
    private String country;

    @Size(max = 4000)
    private String bio;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** The conference whose organisers keep this person; {@code null} for people from before conferences kept their own. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @Version
    @Column(nullable = false)
    private long version;

    protected Person() {
    }

    public Person(Conference conference, String name, String affiliation, String country, String bio, Organisation organisation) {
        this.conference = conference;
        this.name = name;
        this.affiliation = affiliation;
        this.country = country;
        this.bio = bio;
        this.organisation = organisation;
    }

    /** Changes what participants read about this person. */
    public void describe(String name, String affiliation, String country, String bio, Organisation organisation) {
        if (organisation != null && conference != null && !organisation.belongsTo(conference)) {
            throw new IllegalArgumentException(organisation.getName() + " belongs to another conference");
        }
        this.name = name;
        this.affiliation = affiliation;
        this.country = country;
        this.bio = bio;
        this.organisation = organisation;
    }

    /** Whether this person is one of the conference's own (an organiser of it may see and change them). */
    public boolean belongsTo(Conference conference) {
        return this.conference != null && (this.conference == conference
                || (this.conference.getId() != null && this.conference.getId().equals(conference.getId())));
    }

    public Conference getConference() {
        return conference;
    }

    public long getVersion() {
        return version;
    }

    /** How participants see this person as a speaker. */
    public SessionDetails.Speaker asSpeaker() {
        return new SessionDetails.Speaker(name, affiliation, country);
    }

    public String getName() {
        return name;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getCountry() {
        return country;
    }

    public String getBio() {
        return bio;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}

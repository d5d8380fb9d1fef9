package org.plenary.platform.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.plenary.platform.conference.Conference;
import org.plenary.platform.persistence.Identified;

/** A ministry, UN agency, company, NGO or university taking part in conferences. */
@Entity
@Table(name = "organisation")
public class Organisation extends Identified {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    @Size(max = 500)
    @Pattern(regexp = "https?://\\S+", message = "{plenary.url}")
    private String website;

    /** The conference whose organisers keep this organisation; {@code null} for those from before. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @Version
    @Column(nullable = false)
    private long version;

    protected Organisation() {
    }

    public Organisation(Conference conference, String name, OrganisationKind kind, String website) {
        this.conference = conference;
        this.name = name;
        this.kind = kind;
        this.website = website;
    }

    public void describe(String name, OrganisationKind kind, String website) {
        this.name = name;
        this.kind = kind;
        this.website = website;
    }

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

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getWebsite() {
        return website;
    }
}

package org.plenary.platform.people;

import java.io.Serializable;

/**
 * What the people page's person form holds: the fields typed, and which person (and version) it edits, kept on the
 * server for the view and never taken from the request.
 */
public class PersonForm implements Serializable {

    private Long id;
    private long version;
    private String name;
    private String affiliation;
    private String country;
    private String bio;
    private Long organisationId;

    /** An empty form for a new person. */
    PersonForm() {
    }

    /** The form filled with a person as read. */
    static PersonForm of(PersonRow row) {
        PersonForm form = new PersonForm();
        form.id = row.id();
        form.version = row.version();
        form.name = row.name();
        form.affiliation = row.affiliation();
        form.country = row.country();
        form.bio = row.bio();
        form.organisationId = row.organisationId();
        return form;
    }

    PeopleChanges.PersonInput input() {
        return new PeopleChanges.PersonInput(name, affiliation, country, bio, organisationId);
    }

    /** Whether the form edits an existing person (else it creates one). */
    public boolean isExisting() {
        return id != null;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}

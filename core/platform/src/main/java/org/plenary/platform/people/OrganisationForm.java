package org.plenary.platform.people;

import java.io.Serializable;

/** What the people page's organisation form holds; which organisation (and version) it edits stays on the server. */
public class OrganisationForm implements Serializable {

    private Long id;
    private long version;
    private String name;
    private OrganisationKind kind = OrganisationKind.OTHER;
    private String website;

    OrganisationForm() {
    }

    static OrganisationForm of(OrganisationRow row) {
        OrganisationForm form = new OrganisationForm();
        form.id = row.id();
        form.version = row.version();
        form.name = row.name();
        form.kind = row.kind();
        form.website = row.website();
        return form;
    }

    PeopleChanges.OrganisationInput input() {
        return new PeopleChanges.OrganisationInput(name, kind, website);
    }

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

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}

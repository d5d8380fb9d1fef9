package org.plenary.platform.people;

/** What sort of body an organisation is. */
public enum OrganisationKind {
    MINISTRY, UN_AGENCY, COMPANY, NGO, UNIVERSITY, FOUNDATION, GOVERNMENT_AGENCY, OTHER
}

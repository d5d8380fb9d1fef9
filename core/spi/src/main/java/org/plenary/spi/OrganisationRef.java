package org.plenary.spi;

/**
 * An organisation of a conference (UN agency, ministry, partner company, NGO…) as the core shows it to plugins.
 *
 * @param id             the core's id of the organisation
 * @param conferenceSlug the conference it belongs to: a plugin must refuse an organisation of another one
 * @param name           the name, plain text
 * @param kind           the core's kind of organisation, e.g. {@code UN_AGENCY}, {@code GOVERNMENT}, {@code COMPANY}
 * @param website        its web address, or empty
 * @since 1.0
 */
public record OrganisationRef(long id, String conferenceSlug, String name, String kind, String website) {
}

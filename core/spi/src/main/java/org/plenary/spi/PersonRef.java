package org.plenary.spi;

/**
 * A person of a conference (speaker, moderator, trainer, a partner's contact) as the core shows them to plugins.
 * Plugins keep {@link #id()} as a plain column and ask {@link ConferencePeople} for the rest when they show it.
 *
 * @param id             the core's id of the person
 * @param conferenceSlug the conference the person belongs to: a plugin must refuse a person of another one
 * @param name           the name, plain text
 * @param affiliation    title and employer as printed in the programme, plain text (may be empty)
 * @param country        ISO 3166-1 alpha-2 code, or empty
 * @param organisationId the organisation the person belongs to, or {@code null}
 * @since 1.0
 */
public record PersonRef(long id, String conferenceSlug, String name, String affiliation, String country,
                        Long organisationId) {
}

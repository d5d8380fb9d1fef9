package org.plenary.platform.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.plenary.spi.ConferencePeople;
import org.plenary.spi.OrganisationRef;
import org.plenary.spi.PersonRef;

import java.util.List;
import java.util.Optional;

/**
 * The core's side of {@link ConferencePeople}: a conference's people and organisations as plugins see them, read
 * only, in the caller's transaction when there is one. People kept before conferences had their own belong to none
 * (an empty {@code conferenceSlug}), so no plugin accepts them for a session.
 */
@ApplicationScoped
public class PeopleForPlugins implements ConferencePeople {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Override
    public List<PersonRef> people(String conferenceSlug) {
        return em.createQuery("select p, c.slug, o.id from Person p join p.conference c left join p.organisation o"
                        + " where c.slug = :slug order by lower(p.name), p.id", Object[].class)
                .setParameter("slug", conferenceSlug).getResultStream().map(PeopleForPlugins::person).toList();
    }

    @Override
    public Optional<PersonRef> person(long personId) {
        return em.createQuery("select p, c.slug, o.id from Person p left join p.conference c left join p.organisation o"
                        + " where p.id = :id", Object[].class)
                .setParameter("id", personId).getResultStream().findFirst().map(PeopleForPlugins::person);
    }

    @Override
    public List<OrganisationRef> organisations(String conferenceSlug) {
        return em.createQuery("select o, c.slug from Organisation o join o.conference c"
                        + " where c.slug = :slug order by lower(o.name), o.id", Object[].class)
                .setParameter("slug", conferenceSlug).getResultStream().map(PeopleForPlugins::organisation).toList();
    }

    @Override
    public Optional<OrganisationRef> organisation(long organisationId) {
        return em.createQuery("select o, c.slug from Organisation o left join o.conference c where o.id = :id",
                        Object[].class)
                .setParameter("id", organisationId).getResultStream().findFirst().map(PeopleForPlugins::organisation);
    }

    private static PersonRef person(Object[] row) {
        Person p = (Person) row[0];
        return new PersonRef(p.getId(), text((String) row[1]), p.getName(), text(p.getAffiliation()),
                text(p.getCountry()), (Long) row[2]);
    }

    private static OrganisationRef organisation(Object[] row) {
        Organisation o = (Organisation) row[0];
        return new OrganisationRef(o.getId(), text((String) row[1]), o.getName(), o.getKind().name(),
                text(o.getWebsite()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

package org.plenary.platform.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.plenary.platform.conference.Conference;

import java.util.List;

/** Finds a conference's people. */
@ApplicationScoped
public class People {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    /** The conference's people, by name. */
    public List<Person> of(Conference conference) {
        return em.createQuery("select p from Person p where p.conference = :c order by p.name, p.id", Person.class)
                .setParameter("c", conference).getResultList();
    }
}

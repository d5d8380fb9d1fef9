package org.plenary.platform.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.plenary.platform.conference.Conference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** A page of the conference's people whose name contains the text (any case; all for blank), by name. */
    public List<Person> search(Conference conference, String text, int first, int size) {
        return em.createQuery("select p from Person p left join fetch p.organisation where p.conference = :c and "
                        + NAMED + " order by lower(p.name), p.id", Person.class)
                .setParameter("c", conference).setParameter("t", pattern(text))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many people {@link #search} finds. */
    public long count(Conference conference, String text) {
        return em.createQuery("select count(p) from Person p where p.conference = :c and " + NAMED, Long.class)
                .setParameter("c", conference).setParameter("t", pattern(text)).getSingleResult();
    }

    /** The titles of the sessions each of these people speaks in, in time order, by person id. */
    public Map<Long, List<String>> sessionTitles(List<Long> personIds) {
        Map<Long, List<String>> titles = new HashMap<>();
        if (personIds.isEmpty()) {
            return titles;
        }
        em.createQuery("select p.id, s.title from Session s join s.speakers p where p.id in :ids"
                        + " order by s.startsAtUtc, s.id", Object[].class)
                .setParameter("ids", personIds).getResultList()
                .forEach(r -> titles.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return titles;
    }

    /** The conference's organisations, by name. */
    public List<Organisation> organisationsOf(Conference conference) {
        return em.createQuery("select o from Organisation o where o.conference = :c order by lower(o.name), o.id",
                Organisation.class).setParameter("c", conference).getResultList();
    }

    private static final String NAMED = "lower(p.name) like :t escape '!'";

    private static String pattern(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + t.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}

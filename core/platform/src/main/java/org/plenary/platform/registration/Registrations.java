package org.plenary.platform.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.plenary.platform.accounts.Account;
import org.plenary.platform.conference.Conference;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds registrations: one account's in a conference, a conference's for the console (searched, a page at a time,
 * counted by status and category), the one a confirmation link names. Every change goes through
 * {@link RegistrationChanges}.
 */
@ApplicationScoped
public class Registrations {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    /**
     * What the console searches registrations by; each part null or blank for "any".
     *
     * @param text     part of the registrant's name, e-mail address or organisation, any case
     * @param country  ISO code
     * @param category what they are
     * @param status   where the registration stands
     */
    public record Search(String text, String country, ParticipantCategory category, RegistrationStatus status) {

        /** Every registration. */
        public static final Search ALL = new Search(null, null, null, null);
    }

    /** The account's registration to the conference, whatever its status. */
    public Optional<Registration> of(Conference conference, Account account) {
        return em.createQuery("select r from Registration r where r.conference = :c and r.account = :a", Registration.class)
                .setParameter("c", conference).setParameter("a", account).getResultStream().findFirst();
    }

    /** The account's registrations, newest first, conferences loaded. */
    public List<Registration> ofAccount(Account account) {
        return em.createQuery("select r from Registration r join fetch r.conference where r.account = :a"
                + " order by r.createdAtUtc desc, r.id desc", Registration.class).setParameter("a", account).getResultList();
    }

    /** The registration whose latest confirmation link carries this token (expired or not); empty for any other text. */
    public Optional<Registration> byToken(String token) {
        if (!ConfirmationToken.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select r from Registration r join fetch r.conference join fetch r.account"
                        + " where r.tokenHash = :h", Registration.class)
                .setParameter("h", ConfirmationToken.hash(token)).getResultStream().findFirst();
    }

    /** How many registrations hold a place in the conference (pending and confirmed ones). */
    public long holdingPlaces(Conference conference) {
        return em.createQuery("select count(r) from Registration r where r.conference = :c and r.status <> :cancelled", Long.class)
                .setParameter("c", conference).setParameter("cancelled", RegistrationStatus.CANCELLED).getSingleResult();
    }

    /** A page of the conference's registrations that match, accounts loaded, by name then e-mail. */
    public List<Registration> search(Conference conference, Search search, int first, int size) {
        return where(em, "select r from Registration r join fetch r.account a where r.conference = :c",
                " order by lower(a.displayName), a.email, r.id", Registration.class, conference, search)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many of the conference's registrations {@link #search} finds. */
    public long count(Conference conference, Search search) {
        return where(em, "select count(r) from Registration r join r.account a where r.conference = :c", "", Long.class,
                conference, search).getSingleResult();
    }

    /** Every registration of the conference, accounts loaded, by name then e-mail (for the export). */
    public List<Registration> all(Conference conference) {
        return search(conference, Search.ALL, 0, Integer.MAX_VALUE);
    }

    /** How many registrations of the conference stand in each status (every status present, zero included). */
    public Map<RegistrationStatus, Long> countsByStatus(Conference conference) {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus s : RegistrationStatus.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("select r.status, count(r) from Registration r where r.conference = :c group by r.status", Object[].class)
                .setParameter("c", conference).getResultList()
                .forEach(row -> counts.put((RegistrationStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** How many registrations holding a place there are of each category (every category present, zero included). */
    public Map<ParticipantCategory, Long> countsByCategory(Conference conference) {
        Map<ParticipantCategory, Long> counts = new EnumMap<>(ParticipantCategory.class);
        for (ParticipantCategory c : ParticipantCategory.values()) {
            counts.put(c, 0L);
        }
        em.createQuery("select r.category, count(r) from Registration r where r.conference = :c and r.status <> :cancelled"
                        + " group by r.category", Object[].class)
                .setParameter("c", conference).setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList()
                .forEach(row -> counts.put((ParticipantCategory) row[0], (Long) row[1]));
        return counts;
    }

    /** The registration with this id in this conference (ids of other conferences' registrations find nothing). */
    public Optional<Registration> in(Conference conference, long id) {
        return Optional.ofNullable(em.find(Registration.class, id)).filter(r -> r.getConference().getId().equals(conference.getId()));
    }

    private static <T> TypedQuery<T> where(EntityManager em, String select, String order, Class<T> type,
                                           Conference conference, Search search) {
        StringBuilder jpql = new StringBuilder(select);
        String t = search.text() == null ? "" : search.text().strip().toLowerCase(Locale.ROOT);
        String country = search.country() == null ? "" : search.country().strip().toUpperCase(Locale.ROOT);
        if (!t.isEmpty()) {
            jpql.append(" and (lower(a.displayName) like :p escape '!' or a.email like :p escape '!'"
                    + " or lower(r.organisation) like :p escape '!')");
        }
        if (!country.isEmpty()) {
            jpql.append(" and r.country = :country");
        }
        if (search.category() != null) {
            jpql.append(" and r.category = :category");
        }
        if (search.status() != null) {
            jpql.append(" and r.status = :status");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type).setParameter("c", conference);
        if (!t.isEmpty()) {
            query.setParameter("p", "%" + t.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (!country.isEmpty()) {
            query.setParameter("country", country);
        }
        if (search.category() != null) {
            query.setParameter("category", search.category());
        }
        if (search.status() != null) {
            query.setParameter("status", search.status());
        }
        return query;
    }
}

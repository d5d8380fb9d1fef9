package org.plenary.platform.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Finds conferences. */
@ApplicationScoped
public class Conferences {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    /** Published conferences, soonest first. */
    public List<Conference> published() {
        return em.createQuery("select c from Conference c where c.published = true order by c.firstDay desc, c.slug",
                Conference.class).getResultList();
    }

    /** Every conference, published or not, newest first. */
    public List<Conference> all() {
        return em.createQuery("select c from Conference c order by c.firstDay desc, c.slug", Conference.class)
                .getResultList();
    }

    public Optional<Conference> bySlug(String slug) {
        if (slug == null || !slug.matches(Conference.SLUG_PATTERN)) {
            return Optional.empty();
        }
        return em.createQuery("select c from Conference c where c.slug = :slug", Conference.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** A published conference, with its days and tracks loaded. */
    public Optional<Conference> publishedWithProgrammeFrame(String slug) {
        return bySlug(slug).filter(Conference::isPublished).map(c -> {
            c.getDays().size();
            c.getTracks().size();
            c.getEnabledFormats().size();
            c.getTranslations().size();
            return c;
        });
    }

    /**
     * The conference with this slug, for a caller who may do the action there.
     *
     * @throws org.plenary.platform.access.NotFound   when there is none, or the caller holds no role there (so a
     *                                                 slug of another's conference tells nothing)
     * @throws org.plenary.platform.access.NotAllowed when the caller holds a role there, but not one for this action
     */
    public Conference openFor(org.plenary.platform.access.Caller who, String slug, org.plenary.platform.access.Action action) {
        Conference c = bySlug(slug).filter(found -> who.admin() || who.consoleConferences().contains(found.getId()))
                .orElseThrow(() -> new org.plenary.platform.access.NotFound("no conference '" + slug + "'"));
        who.require(action, c.getId());
        return c;
    }

    public boolean slugTaken(String slug) {
        return bySlug(slug).isPresent();
    }
}

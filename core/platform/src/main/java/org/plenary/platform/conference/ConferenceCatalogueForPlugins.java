package org.plenary.platform.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.plenary.spi.ConferenceCatalogue;
import org.plenary.spi.ConferenceRef;

import java.util.Optional;

/** The core's side of {@link ConferenceCatalogue}: conferences as plugins see them, read only. */
@ApplicationScoped
public class ConferenceCatalogueForPlugins implements ConferenceCatalogue {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Override
    public Optional<ConferenceRef> conference(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from Conference c where c.slug = :slug", Conference.class)
                .setParameter("slug", slug).getResultStream().findFirst().map(ConferenceCatalogueForPlugins::ref);
    }

    @Override
    public Optional<ConferenceRef> ofSession(long sessionId) {
        return em.createQuery("select s.conference from Session s where s.id = :id", Conference.class)
                .setParameter("id", sessionId).getResultStream().findFirst().map(ConferenceCatalogueForPlugins::ref);
    }

    private static ConferenceRef ref(Conference c) {
        return new ConferenceRef(c.getSlug(), c.getTitle(), c.zone(), c.getFirstDay(), c.getLastDay(), c.isPublished());
    }
}

package org.plenary.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.platform.persistence.PlatformFact;
import org.plenary.platform.transfer.ConferenceImport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * Loads the MLW 2020 programme ({@code demo/mlw2020.json}) on the first start of an installation that asks for
 * it ({@code plenary.demo=true}), once: the fact is recorded, so neither a restart nor deleting the conference
 * brings it back.
 */
@ApplicationScoped
public class DemoProgramme {

    static final String FACT = "demo.mlw2020.loaded";
    private static final Logger LOG = Logger.getLogger(DemoProgramme.class.getName());

    @Inject
    @ConfigProperty(name = "plenary.demo", defaultValue = "false")
    boolean wanted;

    @Inject
    ConferenceImport importer;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Transactional
    public void loadIfWanted() {
        if (!wanted || em.find(PlatformFact.class, FACT) != null) {
            return;
        }
        try (InputStream in = DemoProgramme.class.getResourceAsStream("/demo/mlw2020.json")) {
            var imported = importer.importConference(in);
            em.persist(new PlatformFact(FACT, imported.slug()));
            LOG.info(() -> "Demo programme loaded: " + imported.slug() + " with " + imported.sessions() + " sessions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.plenary.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.platform.persistence.PlatformFact;
import org.plenary.platform.transfer.ConferenceImport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Loads the MLW 2020 programme ({@code demo/mlw2020.json}) on the first start of an installation that asks for
 * it ({@code plenary.demo=true}), once: the fact is recorded, so neither a restart nor deleting the conference
 * brings it back. {@code plenary.demo.dates} says when it takes place ({@link DemoDates}: {@code as-held}, the
 * default, or {@code upcoming}, what {@code run.sh} asks for).
 */
@ApplicationScoped
public class DemoProgramme {

    static final String FACT = "demo.mlw2020.loaded";
    private static final Logger LOG = Logger.getLogger(DemoProgramme.class.getName());

    @Inject
    @ConfigProperty(name = "plenary.demo", defaultValue = "false")
    boolean wanted;

    @Inject
    @ConfigProperty(name = "plenary.demo.dates", defaultValue = "as-held")
    String dates;

    @Inject
    ConferenceImport importer;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Transactional
    public void loadIfWanted() {
        if (!wanted || em.find(PlatformFact.class, FACT) != null) {
            return;
        }
        DemoDates when = DemoDates.of(dates);
        try (InputStream in = DemoProgramme.class.getResourceAsStream("/demo/mlw2020.json");
             JsonReader reader = Json.createReader(in)) {
            JsonObject demo = when.apply(reader.readObject(), LocalDate.now(Clock.systemUTC()));
            var imported = importer.importConference(demo);
            em.persist(new PlatformFact(FACT, imported.slug()));
            LOG.info(() -> "Demo programme loaded: " + imported.slug() + " with " + imported.sessions() + " sessions, from "
                    + demo.getJsonObject("conference").getString("firstDay") + " (" + when + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

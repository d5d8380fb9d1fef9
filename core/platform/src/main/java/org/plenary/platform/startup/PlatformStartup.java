package org.plenary.platform.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.plenary.platform.accounts.FirstAdmin;
import org.plenary.platform.demo.DemoProgramme;
import org.plenary.platform.formats.FormatMigrations;
import org.plenary.platform.formats.FormatRegistry;
import org.plenary.platform.formats.RegisteredFormat;
import org.plenary.platform.programme.DetachedData;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the platform up when the application starts: the core's migrations, then the first administrator on the
 * installation's first start, then every format plugin (checked, migrated, started), then the demo programme when
 * configured. Readiness follows its outcome.
 *
 * <p>A startup singleton rather than a CDI observer: the component's naming environment (datasource, persistence
 * contexts) is bound by the time it runs, and it runs outside a transaction so that Flyway manages its own.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    FormatMigrations migrations;

    @Inject
    FormatRegistry registry;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    DemoProgramme demo;

    @Inject
    DetachedData detached;

    @Inject
    PlatformState state;

    @PostConstruct
    void start() {
        try {
            int applied = migrations.migrateCore();
            LOG.info(() -> "Core schema holds " + applied + " migrations");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The core's migrations failed: the platform is not ready", e);
            state.failed("core migrations failed: " + e.getMessage());
            return;
        }
        try {
            firstAdmin.createOnFirstStart();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The first administrator could not be created: the platform is not ready", e);
            state.failed("first administrator not created: " + e.getMessage());
            return;
        }
        registry.start();
        for (RegisteredFormat format : registry.all()) {
            try {
                int handed = detached.handOver(format);
                if (handed > 0) {
                    LOG.info(() -> "Format " + format.id() + " took over the data kept for " + handed + " sessions");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Format " + format.id() + " refused the data kept for it; it stays kept", e);
            }
        }
        try {
            demo.loadIfWanted();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The demo programme could not be loaded", e);
            state.failed("demo import failed: " + e.getMessage());
            return;
        }
        state.ready();
        LOG.info("Plenary is ready");
    }
}

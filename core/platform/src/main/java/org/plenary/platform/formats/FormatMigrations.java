package org.plenary.platform.formats;

import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.plenary.spi.FormatDescriptor;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.Arrays;

/**
 * Applies Flyway migrations: the core's from {@code db/migration/core}, each plugin's from its own folder with its
 * own history table, all on the platform's default datasource.
 */
@ApplicationScoped
public class FormatMigrations {

    static final String CORE_LOCATION = "db/migration/core";
    static final String CORE_HISTORY = "plenary_schema_history";

    static final String DATASOURCE = "java:comp/DefaultDataSource";

    /** Migrates the core schema; returns how many migrations the database holds. */
    public int migrateCore() {
        return migrate(CORE_LOCATION, CORE_HISTORY, getClass().getClassLoader());
    }

    /** Migrates a plugin's tables from its own location, with its own history table. */
    public int migrate(FormatDescriptor descriptor, ClassLoader pluginLoader) {
        return migrate(descriptor.migrationsLocation(), descriptor.historyTable(), pluginLoader);
    }

    /** The platform's default datasource: which database it is belongs to the deployment (domain-config). */
    private static DataSource dataSource() {
        try {
            return InitialContext.doLookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("no datasource at " + DATASOURCE, e);
        }
    }

    private int migrate(String location, String historyTable, ClassLoader loader) {
        Flyway flyway = Flyway.configure(loader)
                .dataSource(dataSource())
                .locations("classpath:" + location)
                .table(historyTable)
                // Every history table after the first meets a non-empty schema.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load();
        flyway.migrate();
        return (int) Arrays.stream(flyway.info().applied())
                .filter(m -> !m.getType().name().contains("BASELINE"))
                .count();
    }
}

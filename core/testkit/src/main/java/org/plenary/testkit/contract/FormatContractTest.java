package org.plenary.testkit.contract;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.metamodel.EntityType;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plenary.spi.DataReferences;
import org.plenary.spi.FormatDescriptor;
import org.plenary.spi.FormatEditor;
import org.plenary.spi.FormatSetting;
import org.plenary.spi.SessionFormat;
import org.plenary.spi.ViewSlot;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The contract tests every session-format plugin runs in its own build: extend this class in the plugin's test
 * sources (name it {@code *ContractTest} so Surefire runs it) and implement the two hooks.
 *
 * <p>It proves, outside any container and on an empty H2 database of its own:
 * <ul>
 *   <li>the descriptor is valid and the message bundle names the format;</li>
 *   <li>every declared view exists in the JAR under {@code META-INF/resources} and is well-formed XML, and the
 *       participant view is declared;</li>
 *   <li>the plugin's Flyway migrations apply on an empty database, with the plugin's own history table, and
 *       create only tables and sequences with the plugin's prefix ({@code fmt_<id>_});</li>
 *   <li>every entity of the plugin's persistence unit is mapped to a table of its prefix, and every mapped column
 *       exists (each entity is read back with the schema the migrations made, never a generated one);</li>
 *   <li>a session's data survives export then import into another session, and clean-up removes it (through the
 *       three-argument {@link org.plenary.spi.FormatData} methods the core calls, people named by the keys of
 *       {@link ContractPeople});</li>
 *   <li>its editor, opened for a session of {@link ContractPeople#CONFERENCE}, finds kept data valid and saves it
 *       unchanged, and is serialisable;</li>
 *   <li>its settings have distinct keys and defaults of their type.</li>
 * </ul>
 *
 * <h2>Lifecycle</h2>
 * One database and one entity manager factory per test class (the instance lifecycle is per class); every hook
 * call that writes runs in a resource-local transaction the kit begins and commits, standing in for the core's
 * JTA transaction.
 *
 * @since 1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FormatContractTest {

    private String jdbcUrl;
    private EntityManagerFactory factory;

    /**
     * The plugin's format, wired to the given entity manager of its persistence unit (the container would inject
     * one). Called once per test; {@code em} is null when only the descriptor, views and settings are read.
     */
    protected abstract SessionFormat format(EntityManager em);

    /**
     * A realistic, non-empty piece of this format's data for one session, in the shape its export produces. People
     * and organisations are named by the keys of {@link ContractPeople} ({@code "amina"}, {@code "ministry"}…).
     */
    protected abstract JsonObject sampleData();

    /**
     * How the data names people and organisations, as the core hands it to the three-argument
     * {@link org.plenary.spi.FormatData} methods: by default the keys of {@link ContractPeople#SAMPLE}, whose people
     * a format that names them reads through the {@link org.plenary.spi.ConferencePeople} wired in {@link #format}.
     */
    protected DataReferences references() {
        return ContractPeople.SAMPLE.references();
    }

    /** The name of the plugin's persistence unit; by default the format's id. */
    protected String persistenceUnit() {
        return descriptor().id();
    }

    private FormatDescriptor descriptor() {
        return format(null).descriptor();
    }

    @BeforeAll
    void createDatabase() {
        jdbcUrl = "jdbc:h2:mem:contract-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrate();
        factory = Persistence.createEntityManagerFactory(persistenceUnit(), Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", jdbcUrl,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "jakarta.persistence.schema-generation.database.action", "none",
                "eclipselink.logging.level", "WARNING"));
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (factory != null) {
            factory.close();
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, "sa", "")) {
            c.createStatement().execute("SHUTDOWN");
        }
    }

    private int migrate() {
        FormatDescriptor d = descriptor();
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(jdbcUrl, "sa", "")
                .locations("classpath:" + d.migrationsLocation())
                .table(d.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        flyway.migrate();
        return flyway.info().applied().length;
    }

    @Test
    void descriptorIsValid() {
        FormatDescriptor d = descriptor();
        assertEquals(List.of(), d.problems(), "the descriptor has problems");
        assertEquals(d, descriptor(), "descriptor() must return the same value every time");
        ResourceBundle bundle = ResourceBundle.getBundle(d.messages(), Locale.ENGLISH, getClass().getClassLoader());
        assertTrue(bundle.containsKey("format.name"), d.messages() + " has no key format.name");
        assertFalse(format(null).displayName(Locale.ENGLISH).isBlank());
        assertTrue(format(null).defaultDuration().toMinutes() > 0, "the default duration must be positive");
    }

    @Test
    void viewsResolve() throws Exception {
        Map<ViewSlot, String> views = format(null).views().all();
        assertTrue(views.containsKey(ViewSlot.PARTICIPANT), "a format must have a participant view");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Map.Entry<ViewSlot, String> view : views.entrySet()) {
            String path = "META-INF/resources" + view.getValue();
            assertTrue(view.getValue().startsWith("/formats/" + descriptor().id() + "/"),
                    view.getKey() + " view " + view.getValue() + " lies outside /formats/" + descriptor().id() + "/");
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
                assertNotNull(in, view.getKey() + " view " + path + " is not in the plugin JAR");
                Document doc = factory.newDocumentBuilder().parse(in);
                assertNotNull(doc.getDocumentElement());
            }
        }
    }

    @Test
    void migrationsApplyOnAnEmptyDatabaseAndStayInTheirPrefix() throws SQLException {
        FormatDescriptor d = descriptor();
        assertTrue(migrate() > 0, "the history table " + d.historyTable() + " records nothing");
        List<String> strangers = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "sa", "")) {
            ResultSet tables = c.createStatement().executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'PUBLIC' union all select sequence_name from information_schema.sequences"
                    + " where sequence_schema = 'PUBLIC'");
            int count = 0;
            while (tables.next()) {
                count++;
                String name = tables.getString(1).toLowerCase(Locale.ROOT);
                if (!name.startsWith(d.tablePrefix())) {
                    strangers.add(name);
                }
            }
            assertTrue(count > 1, "the migrations created nothing");
        }
        assertEquals(List.of(), strangers, "tables and sequences must start with " + d.tablePrefix());
    }

    @Test
    void entitiesAreMappedToTheMigratedSchema() {
        EntityManager em = factory.createEntityManager();
        try {
            Set<EntityType<?>> entities = em.getMetamodel().getEntities();
            assertFalse(entities.isEmpty(), "the persistence unit " + persistenceUnit() + " maps no entity");
            var session = em.unwrap(JpaEntityManager.class).getServerSession();
            for (EntityType<?> entity : entities) {
                String table = session.getDescriptor(entity.getJavaType()).getTableName().toLowerCase(Locale.ROOT);
                assertTrue(table.startsWith(descriptor().tablePrefix()),
                        entity.getName() + " maps to " + table + ", outside " + descriptor().tablePrefix());
                em.createQuery("select e from " + entity.getName() + " e", entity.getJavaType()).setMaxResults(1)
                        .getResultList();
            }
        } finally {
            em.close();
        }
    }

    @Test
    void sessionDataSurvivesExportThenImport() {
        JsonObject sample = sampleData();
        assertFalse(sample.isEmpty(), "sampleData() must hold something to carry");
        long first = 900_001L;
        long second = 900_002L;
        inTransaction(em -> {
            format(em).data().importSession(first, sample, references());
            return null;
        });
        JsonObject exported = inTransaction(em -> format(em).data().exportSession(first, references()));
        assertEquals(sample, exported, "export does not give back what was imported");
        inTransaction(em -> {
            format(em).data().importSession(second, exported, references());
            return null;
        });
        assertEquals(exported, inTransaction(em -> format(em).data().exportSession(second, references())),
                "importing an export into another session changed the data");
        inTransaction(em -> {
            format(em).data().deleteSession(first);
            return null;
        });
        assertNotEquals(sample, inTransaction(em -> format(em).data().exportSession(first, references())),
                "deleteSession left the session's data behind");
        assertEquals(exported, inTransaction(em -> format(em).data().exportSession(second, references())),
                "deleting one session touched another's data");
    }

    @Test
    void theEditorOpensOnKeptDataFindsItValidSavesItUnchangedAndIsSerializable() throws Exception {
        long id = 900_003L;
        JsonObject sample = sampleData();
        inTransaction(em -> {
            format(em).data().importSession(id, sample, references());
            return null;
        });
        inTransaction(em -> {
            FormatEditor fresh = format(em).editor(0, ContractPeople.CONFERENCE);
            assertEquals(List.of(), fresh.check(), "an editor for a new session has nothing wrong");
            FormatEditor editor = format(em).editor(id, ContractPeople.CONFERENCE);
            assertEquals(List.of(), editor.check(), "what the format keeps must pass its own editor's check");
            try (var out = new java.io.ObjectOutputStream(java.io.OutputStream.nullOutputStream())) {
                out.writeObject(fresh);
                out.writeObject(editor);
            } catch (java.io.IOException e) {
                throw new AssertionError("the editor must be Serializable (it lives in the console's view scope): " + e, e);
            }
            editor.save(id);
            return null;
        });
        assertEquals(sample, inTransaction(em -> format(em).data().exportSession(id, references())),
                "saving an unchanged editor changed the session's data");
        inTransaction(em -> {
            format(em).data().deleteSession(id);
            return null;
        });
    }

    @Test
    void settingsHaveDistinctKeysAndTypedDefaults() {
        Set<String> keys = new HashSet<>();
        for (FormatSetting<?> setting : format(null).settings()) {
            assertTrue(keys.add(setting.key()), "setting " + setting.key() + " is declared twice");
            if (setting.defaultValue() != null) {
                assertTrue(setting.type().javaType().isInstance(setting.defaultValue()),
                        "the default of " + setting.key() + " is not a " + setting.type());
            }
        }
    }

    /** Runs work in a resource-local transaction on a fresh entity manager, as the core's transaction would. */
    protected <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            fail("the plugin failed inside a transaction: " + e, e);
            return null;
        } finally {
            em.close();
        }
    }
}

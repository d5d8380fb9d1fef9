package org.plenary.testkit.server;

import org.plenary.testkit.Folders;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * JUnit 5 extension that runs the whole Plenary platform, the WAR on Payara Micro, for the tests of a JVM, and tells
 * them where it answers.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * @ExtendWith(RunningPlatform.class)
 * class ProgrammeApiIT {
 *     @Test
 *     void listsConferences(Platform platform) {            // resolved by this extension
 *         String url = platform.url("/api/v1/conferences");   // or RunningPlatform.url("/api/v1/conferences")
 *         ...
 *     }
 * }
 * }</pre>
 * Browser tests get it together with a browser from {@code org.plenary.testkit.browser.BrowserTest}.
 *
 * <h2>What it starts</h2>
 * <ul>
 *   <li><b>One server per test JVM</b>, whatever the number of test classes using the extension: the first class
 *       starts it, the others reuse it, and it is stopped when the JVM's test run ends (it lives in the root
 *       {@link ExtensionContext.Store} as a closeable resource; a JVM shutdown hook stops it too if the run is
 *       killed). Tests therefore share one database: a test that changes data must not break the others (create
 *       your own conference rather than editing the demo one).</li>
 *   <li>{@code java -Dplenary.demo=true -jar <payara.microJar> --nocluster --port <free port>
 *       --rootdir <fresh temp folder>/server --prebootcommandfile <binds HTTP to 127.0.0.1> --deploy <plenary.war>
 *       --contextroot /} (the pre-boot file being {@code domain-config/embedded/pre-boot.asadmin} when
 *       {@value #DOMAIN_CONFIG} is set): the MLW 2020 demo conference is loaded into a fresh H2 database, the HTTP listener
 *       listens on 127.0.0.1 only and no cluster discovery traffic leaves the machine. The process is a
 *       {@link PlatformProcess} {@linkplain PlatformProcess#configured(Path) configured} from the system properties
 *       below; the temp folder is deleted once it has stopped. (Tests that stop and start a platform themselves use
 *       {@link PlatformProcess} directly.)</li>
 *   <li>The server's output goes to {@code target/platform-<port>.log} (of the module under test).</li>
 *   <li>The extension waits until {@code GET /health/ready} answers 200 (migrations run, demo loaded). If the
 *       process dies first it fails at once; after the start timeout (180 s) it fails; both failures carry the
 *       tail of the server log. A failed start is remembered: later test classes of the JVM fail at once with the
 *       same message instead of trying again.</li>
 * </ul>
 *
 * <h2>System properties</h2>
 * <dl>
 *   <dt>{@value #MICRO_JAR} (required)</dt><dd>the Payara Micro 6 JAR; failsafe sets it in {@code ear/webapp}.</dd>
 *   <dt>{@value #WAR} (required)</dt><dd>the platform WAR to deploy; failsafe sets it in {@code ear/webapp}.</dd>
 *   <dt>{@value #PLUGINS}</dt><dd>plugin JARs to deploy with the WAR, space separated (a copy of the WAR with them in
 *       its {@code WEB-INF/lib} is started), e.g. a test-only format that a browser test needs.</dd>
 *   <dt>{@value #DOMAIN_CONFIG}</dt><dd>the {@code domain-config} folder (failsafe sets it in {@code ear/webapp}):
 *       its {@code embedded/pre-boot.asadmin}, what {@code run.sh} applies, is passed as
 *       {@code --prebootcommandfile}, so the tests run the embedded deployment's own settings.</dd>
 *   <dt>{@value #BASE_URL}</dt><dd>use a platform that is already running at this address (e.g. started by
 *       {@code run.sh}, or in a debugger) instead of starting one: only the readiness wait is done.</dd>
 *   <dt>{@value #START_TIMEOUT}</dt><dd>seconds to wait for readiness, default 180.</dd>
 *   <dt>{@value #JVM_OPTIONS}</dt><dd>extra options for the server's JVM, space separated, e.g.
 *       {@code -Xmx1g -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:5005}.</dd>
 *   <dt>{@value #MICRO_OPTIONS}</dt><dd>extra Payara Micro options, space separated, e.g.
 *       {@code --addlibs postgresql.jar}. Do not add another {@code --prebootcommandfile}: the extension uses it.</dd>
 *   <dt>{@value #LOG_DIR}</dt><dd>folder for the server log, default {@code ${basedir}/target}.</dd>
 * </dl>
 */
public final class RunningPlatform implements BeforeAllCallback, ParameterResolver {

    /** System property: path of the Payara Micro JAR. */
    public static final String MICRO_JAR = "payara.microJar";
    /** System property: path of the platform WAR. */
    public static final String WAR = "plenary.war";
    /** System property: plugin JARs (space separated) deployed in the platform's {@code WEB-INF/lib} besides the WAR's own. */
    public static final String PLUGINS = "plenary.platform.plugins";
    /** System property: address of an already running platform to use instead of starting one. */
    public static final String BASE_URL = "plenary.baseUrl";
    /** System property: the {@code domain-config} folder; its {@code embedded/pre-boot.asadmin} is applied if present. */
    public static final String DOMAIN_CONFIG = "plenary.domainConfig";
    /** System property: seconds to wait for {@code /health/ready}. */
    public static final String START_TIMEOUT = "plenary.platform.startTimeoutSeconds";
    /** System property: extra JVM options for the server, space separated. */
    public static final String JVM_OPTIONS = "plenary.platform.jvmOptions";
    /** System property: extra Payara Micro options, space separated. */
    public static final String MICRO_OPTIONS = "plenary.platform.microOptions";
    /** System property: folder the server log is written to. */
    public static final String LOG_DIR = "plenary.platform.logDir";

    /** The readiness endpoint, relative to the application root. */
    public static final String READY_PATH = "health/ready";

    private static final Namespace NAMESPACE = Namespace.create(RunningPlatform.class);

    private static volatile Platform current;

    @Override
    public void beforeAll(ExtensionContext context) {
        platform(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }

    /**
     * The platform of this test JVM, started on first use.
     *
     * @throws IllegalStateException when it could not be started (the message has the log's tail)
     */
    public static Platform platform(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class)
                .platform();
    }

    /**
     * The platform started for this JVM, for code that has no {@link ExtensionContext} at hand (page objects,
     * helpers, static fields initialised after {@code @BeforeAll}).
     *
     * @throws IllegalStateException when no class extended with {@link RunningPlatform} has run yet
     */
    public static Platform platform() {
        Platform platform = current;
        if (platform == null) {
            throw new IllegalStateException("No platform is running: extend the test class with @ExtendWith(RunningPlatform.class)"
                    + " (or use @BrowserTest), and call this from a test or a @BeforeAll/@BeforeEach method");
        }
        return platform;
    }

    /** Shortcut for {@code platform().baseUri()}. */
    public static URI baseUri() {
        return platform().baseUri();
    }

    /** Shortcut for {@code platform().url(path)}: the absolute address of {@code path} on the running platform. */
    public static String url(String path) {
        return platform().url(path);
    }

    /**
     * The server process and its temp folder, kept in the root store; closing it stops the server and deletes the
     * folder. Starting never throws: a failure is kept and thrown by {@link #platform()} to every class that asks.
     */
    @SuppressWarnings("deprecation") // CloseableResource: closed by JUnit 5 of any version; AutoCloseable for JUnit 5.13+ and 6.
    private static final class Server implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final Platform platform;
        private final RuntimeException failure;
        private final PlatformProcess process;
        private final Path workDir;
        private final Thread shutdownHook;
        private boolean closed;

        private Server(Platform platform, RuntimeException failure, PlatformProcess process, Path workDir) {
            this.platform = platform;
            this.failure = failure;
            this.process = process;
            this.workDir = workDir;
            if (process != null || workDir != null) {
                this.shutdownHook = new Thread(this::stop, "plenary-platform-stop");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            } else {
                this.shutdownHook = null;
            }
        }

        Platform platform() {
            if (failure != null) {
                throw failure;
            }
            return platform;
        }

        static Server start() {
            String external = System.getProperty(BASE_URL);
            if (external != null && !external.isBlank()) {
                Platform platform = new Platform(URI.create(external.strip()), Optional.empty());
                try {
                    PlatformProcess.awaitReady(platform, null, PlatformProcess.configuredStartTimeout());
                    current = platform;
                    return new Server(platform, null, null, null);
                } catch (RuntimeException e) {
                    return new Server(null, e, null, null);
                }
            }

            PlatformProcess process = null;
            Path workDir = null;
            try {
                workDir = Files.createTempDirectory("plenary-platform-");
                process = PlatformProcess.configured(workDir.resolve("root")).jvmOption("-Dplenary.demo=true").start();
                Server server = new Server(process.platform(), null, process, workDir);
                try {
                    process.awaitReady();
                } catch (RuntimeException e) {
                    server.close();
                    return new Server(null, e, null, null);
                }
                current = process.platform();
                return server;
            } catch (IOException | RuntimeException e) {
                if (process != null) {
                    process.stop();
                }
                Folders.deleteTree(workDir);
                RuntimeException failure = e instanceof RuntimeException r ? r
                        : new IllegalStateException("Could not start the platform: " + e, e);
                return new Server(null, failure, null, null);
            }
        }

        @Override
        public void close() {
            stop();
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // the hook runs or has run
                }
            }
        }

        private synchronized void stop() {
            if (closed) {
                return;
            }
            closed = true;
            if (platform != null && platform.equals(current)) {
                current = null;
            }
            if (process != null) {
                process.stop();
            }
            Folders.deleteTree(workDir);
        }
    }

}

package org.plenary.testkit.server;

import org.plenary.testkit.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Payara Micro process running the Plenary platform on a root directory chosen by the caller: started, awaited
 * until ready, stopped, and startable again on the same directory. {@link RunningPlatform} runs its per-JVM server
 * with it; tests that need to stop and start the platform themselves (a restart, a crash) use it directly.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * Path root = Files.createTempDirectory("plenary-root-");
 * try (PlatformProcess micro = PlatformProcess.configured(root).jvmOption("-Dplenary.demo=true").start()) {
 *     Platform platform = micro.awaitReady();          // GET /health/ready answered 200
 *     ...                                              // talk to platform.url("/api/v1/...")
 * }                                                    // stopped; root is kept for the next start
 * }</pre>
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link Builder#start()} runs {@code java -Dplenary.data.dir=<root directory> <jvm options> -jar <micro JAR>
 *       --nocluster --disablephonehome --interfaces 127.0.0.1 --port <port> --rootdir <root directory>/server
 *       --prebootcommandfile <file> --deploy <WAR> --contextroot / <Micro options>}, as {@code run.sh} does. The
 *       pre-boot file is the one {@linkplain Builder#preBootCommandFile(Path) given} (which must bind HTTP to
 *       127.0.0.1, as {@code domain-config/embedded/pre-boot.asadmin} does), else a temporary one that only does
 *       that. No cluster discovery traffic leaves the machine and the HTTP
 *       listener answers on 127.0.0.1 only. The port is a free loopback port unless
 *       {@linkplain Builder#port(int) one is given}.</li>
 *   <li>The root directory is the platform's data folder. Micro's own state ({@code server/}) is laid anew at each
 *       start, so an application is never deployed twice; the data stays: with
 *       {@code domain-config/embedded/pre-boot.asadmin} the H2 database is {@code database/plenary.mv.db}. This class
 *       never deletes the data, so the same directory can be started again once the previous process has stopped;
 *       deleting it is the caller's business. Outside it, only the log and a temporary pre-boot command file (deleted
 *       on stop) are written.</li>
 *   <li>The process's combined output goes to {@code <log dir>/platform-<port>.log} (default log dir
 *       {@code ${basedir}/target}), which starts with the command line. It is kept after the stop.</li>
 *   <li>{@link #awaitReady()} waits until {@code GET /health/ready} answers 200. If the process exits first it fails
 *       at once; after the start timeout (default 180 s) it fails; both failures are {@link IllegalStateException}s
 *       whose message carries the tail of the log. It does not stop the process: the caller does.</li>
 * </ul>
 *
 * <h2>Lifecycle</h2>
 * A builder starts one process; {@link #stop()} (or {@link #close()}) ends it: SIGTERM, so Micro shuts down in
 * order and the database is closed cleanly, then a forced kill after 30 s (and of any process it started). Stopping
 * is idempotent and thread-safe, and a JVM shutdown hook stops a process the caller did not stop. To restart, call
 * {@link Builder#start()} again (the same builder, or another on the same root directory) once {@link #stop()} has
 * returned: two processes must never share a root directory.
 *
 * @since 1.0
 */
public final class PlatformProcess implements AutoCloseable {

    /** Seconds {@link #awaitReady()} waits unless told otherwise. */
    public static final int DEFAULT_START_TIMEOUT_SECONDS = 180;

    private static final int LOG_TAIL_LINES = 80;
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);

    private final Process process;
    private final Platform platform;
    private final Path rootDir;
    private final Path preboot;
    private final Duration startTimeout;
    private final Thread shutdownHook;
    private boolean stopped;

    private PlatformProcess(Process process, Platform platform, Path rootDir, Path preboot, Duration startTimeout) {
        this.process = process;
        this.platform = platform;
        this.rootDir = rootDir;
        this.preboot = preboot;
        this.startTimeout = startTimeout;
        this.shutdownHook = new Thread(this::stopProcess, "plenary-process-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * A builder for Micro with the platform WAR on {@code rootDir}, nothing else set: no extra options, a pre-boot
     * file that only binds HTTP to 127.0.0.1, a free port, the log in {@code ${basedir}/target}, a start timeout of 180 s.
     *
     * @param microJar the Payara Micro 6 JAR
     * @param war      the platform WAR
     * @param rootDir  Micro's root directory ({@code --rootdir}); created if missing, never deleted
     */
    public static Builder builder(Path microJar, Path war, Path rootDir) {
        return new Builder(microJar, war, rootDir);
    }

    /**
     * A builder set up from the system properties {@link RunningPlatform} documents, as {@link RunningPlatform}
     * uses it: {@value RunningPlatform#MICRO_JAR} and {@value RunningPlatform#WAR} (required; failsafe sets them in
     * {@code ear/webapp}), the {@code embedded/pre-boot.asadmin} of {@value RunningPlatform#DOMAIN_CONFIG} when it
     * is set, {@value RunningPlatform#JVM_OPTIONS}, {@value RunningPlatform#MICRO_OPTIONS},
     * {@value RunningPlatform#LOG_DIR} and {@value RunningPlatform#START_TIMEOUT}. Further options are appended after
     * the configured ones.
     *
     * @param rootDir Micro's root directory ({@code --rootdir}); created if missing, never deleted
     * @throws IllegalStateException when the JAR or the WAR is not set or does not exist
     */
    public static Builder configured(Path rootDir) {
        Path war = requiredFile(RunningPlatform.WAR, "the platform WAR");
        List<String> plugins = options(RunningPlatform.PLUGINS);
        if (!plugins.isEmpty()) {
            war = withPlugins(war, plugins.stream().map(Path::of).toList(), rootDir.toAbsolutePath().resolveSibling("plenary-with-plugins.war"));
        }
        Builder builder = builder(requiredFile(RunningPlatform.MICRO_JAR, "the Payara Micro JAR"), war, rootDir)
                .jvmOptions(options(RunningPlatform.JVM_OPTIONS))
                .microOptions(options(RunningPlatform.MICRO_OPTIONS))
                .logDir(logDir())
                .startTimeout(configuredStartTimeout());
        embeddedPreBoot().ifPresent(builder::preBootCommandFile);
        return builder;
    }

    /** Where the platform answers (on 127.0.0.1) and its log; it may not be ready yet: see {@link #awaitReady()}. */
    public Platform platform() {
        return platform;
    }

    /** Micro's root directory, which outlives the process. */
    public Path rootDir() {
        return rootDir;
    }

    /** Whether the process still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until {@code GET /health/ready} answers 200, for the builder's start timeout.
     *
     * @return {@link #platform()}
     * @throws IllegalStateException when the process exits first or the timeout passes (the message has the log's
     *                               tail); the process is left as it is
     */
    public Platform awaitReady() {
        awaitReady(platform, process, startTimeout);
        return platform;
    }

    /**
     * Stops the process and waits until it has exited: SIGTERM, then after 30 s a forced kill, and a forced kill of
     * any process it had started. Does nothing when already stopped. The root directory and the log are kept.
     */
    public void stop() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs or has run
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private synchronized void stopProcess() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (process.isAlive()) {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy(); // SIGTERM: Micro shuts down in order
            try {
                if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(FORCED_STOP.toSeconds(), TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
        try {
            if (preboot != null) {
                Files.deleteIfExists(preboot);
            }
        } catch (IOException ignored) {
            // best effort: it is a temp file
        }
    }

    /**
     * Waits until the platform's {@code /health/ready} answers 200.
     *
     * @param process the server's process, to fail at once when it dies; {@code null} for a platform started elsewhere
     */
    static void awaitReady(Platform platform, Process process, Duration timeout) {
        URI ready = platform.baseUri().resolve(RunningPlatform.READY_PATH);
        HttpClient http = HttpClient.newBuilder()
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer";
        while (true) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue()
                        + " before " + ready + " answered 200" + tailOf(platform));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + ready, e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The platform was not ready after " + timeout.toSeconds() + " s: "
                        + ready + " last gave " + lastAnswer + tailOf(platform));
            }
            sleep(500);
        }
    }

    /** The start timeout {@value RunningPlatform#START_TIMEOUT} sets, 180 s by default. */
    static Duration configuredStartTimeout() {
        return Duration.ofSeconds(Integer.getInteger(RunningPlatform.START_TIMEOUT, DEFAULT_START_TIMEOUT_SECONDS));
    }

    /**
     * What to start: the JAR, the WAR, the root directory and options. Each {@link #start()} starts a new process
     * with the settings of that moment.
     *
     * @since 1.0
     */
    public static final class Builder {

        private final Path microJar;
        private final Path war;
        private final Path rootDir;
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> microOptions = new ArrayList<>();
        private Path preBoot;
        private int port;
        private Path logDir = defaultLogDir();
        private Duration startTimeout = Duration.ofSeconds(DEFAULT_START_TIMEOUT_SECONDS);

        private Builder(Path microJar, Path war, Path rootDir) {
            this.microJar = Objects.requireNonNull(microJar, "microJar");
            this.war = Objects.requireNonNull(war, "war");
            this.rootDir = Objects.requireNonNull(rootDir, "rootDir");
        }

        /** Adds an option of the server's JVM, e.g. {@code -Dplenary.demo=true} or {@code -Xmx1g}. */
        public Builder jvmOption(String option) {
            jvmOptions.add(Objects.requireNonNull(option, "option"));
            return this;
        }

        /** Adds options of the server's JVM, in order. */
        public Builder jvmOptions(List<String> options) {
            options.forEach(this::jvmOption);
            return this;
        }

        /**
         * Adds a Payara Micro option, e.g. {@code --addlibs}, then {@code postgresql.jar} as the next one. Not another
         * {@code --prebootcommandfile}: this class uses it.
         */
        public Builder microOption(String option) {
            microOptions.add(Objects.requireNonNull(option, "option"));
            return this;
        }

        /** Adds Payara Micro options, in order. */
        public Builder microOptions(List<String> options) {
            options.forEach(this::microOption);
            return this;
        }

        /**
         * The pre-boot command file ({@code --prebootcommandfile}), e.g. {@code domain-config/embedded/pre-boot.asadmin};
         * it must bind the HTTP listener to 127.0.0.1.
         */
        public Builder preBootCommandFile(Path file) {
            this.preBoot = Objects.requireNonNull(file, "file");
            return this;
        }

        /** The HTTP port; {@code 0} (the default) picks a port free on the loopback interface at each start. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            this.port = port;
            return this;
        }

        /** The folder of the log ({@code platform-<port>.log}); default {@code ${basedir}/target}. */
        public Builder logDir(Path dir) {
            this.logDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** How long {@link PlatformProcess#awaitReady()} waits; default 180 s. */
        public Builder startTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("not a timeout: " + timeout);
            }
            this.startTimeout = timeout;
            return this;
        }

        /**
         * Starts the process, without waiting for it to be ready (see {@link PlatformProcess#awaitReady()}).
         *
         * @throws IOException when the root directory, the log or the pre-boot file cannot be written or the process
         *                     cannot be launched; nothing is left running then
         */
        public PlatformProcess start() throws IOException {
            int httpPort = port == 0 ? freePort() : port;
            Files.createDirectories(logDir);
            Path log = logDir.resolve("platform-" + httpPort + ".log");
            Path serverDir = rootDir.resolve("server");
            Folders.deleteTree(serverDir);
            Files.createDirectories(serverDir);
            Path temporary = preBoot == null ? Files.createTempFile("plenary-preboot-", ".asadmin") : null;
            Process process = null;
            try {
                if (temporary != null) {
                    // Micro's HTTP listener binds every interface by default: tests only need loopback.
                    Files.writeString(temporary, "set configs.config.server-config.network-config.network-listeners"
                            + ".network-listener.http-listener.address=127.0.0.1\n", StandardCharsets.UTF_8);
                }

                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.add("-Dplenary.data.dir=" + rootDir.toAbsolutePath());
                command.addAll(jvmOptions);
                command.addAll(List.of("-jar", microJar.toString(),
                        "--nocluster",
                        "--disablephonehome",
                        "--interfaces", "127.0.0.1",
                        "--port", Integer.toString(httpPort),
                        "--rootdir", serverDir.toString(),
                        "--prebootcommandfile", (temporary != null ? temporary : preBoot).toString(),
                        "--deploy", war.toString(),
                        "--contextroot", "/"));
                command.addAll(microOptions);

                Files.writeString(log, "# " + String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8);
                process = new ProcessBuilder(command)
                        .directory(rootDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
                process.getOutputStream().close();
                Platform platform = new Platform(URI.create("http://127.0.0.1:" + httpPort + "/"), Optional.of(log));
                return new PlatformProcess(process, platform, rootDir, temporary, startTimeout);
            } catch (IOException | RuntimeException e) {
                if (process != null) {
                    process.destroyForcibly();
                }
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
                throw e;
            }
        }
    }

    /** A copy of the WAR with plugin JARs added to its {@code WEB-INF/lib}, where the platform finds plugins. */
    static Path withPlugins(Path war, List<Path> plugins, Path target) {
        try {
            Files.createDirectories(target.getParent());
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(war));
                 java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
                for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                for (Path plugin : plugins) {
                    if (!Files.isRegularFile(plugin)) {
                        throw new IllegalStateException("the plugin " + plugin.toAbsolutePath() + " (" + RunningPlatform.PLUGINS
                                + ") does not exist: build it first");
                    }
                    out.putNextEntry(new java.util.zip.ZipEntry("WEB-INF/lib/" + plugin.getFileName()));
                    Files.copy(plugin, out);
                    out.closeEntry();
                }
            }
            return target;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not add the plugins to " + war, e);
        }
    }

    private static Path requiredFile(String property, String what) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " (" + what + ") is not set. Run the test"
                    + " through failsafe in ear/webapp (mvn verify), which sets it, or pass -D" + property
                    + "=... (and -D" + RunningPlatform.MICRO_JAR + ", -D" + RunningPlatform.WAR + "), or -D"
                    + RunningPlatform.BASE_URL + "=http://127.0.0.1:PORT/ to use a platform that is already running.");
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(what + " " + path.toAbsolutePath() + " (" + property + ") does not exist:"
                    + " build it first (mvn package in ear/webapp)");
        }
        return path;
    }

    /** The deployment's own pre-boot commands for the embedded database, when the domain-config folder is known. */
    private static Optional<Path> embeddedPreBoot() {
        String dir = System.getProperty(RunningPlatform.DOMAIN_CONFIG);
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        Path file = Path.of(dir, "embedded", "pre-boot.asadmin");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static List<String> options(String property) {
        String value = System.getProperty(property, "").strip();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
    }

    private static Path logDir() {
        String configured = System.getProperty(RunningPlatform.LOG_DIR);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return defaultLogDir();
    }

    /** {@code target} of the module under test (Maven's {@code basedir}), or of the working directory. */
    private static Path defaultLogDir() {
        return Path.of(System.getProperty("basedir", "."), "target");
    }

    /** A port free on the loopback interface now (the server binds it a few seconds later). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String tailOf(Platform platform) {
        return platform.log().map(log -> {
            try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                Deque<String> tail = new ArrayDeque<>(LOG_TAIL_LINES);
                lines.forEach(line -> {
                    if (tail.size() == LOG_TAIL_LINES) {
                        tail.removeFirst();
                    }
                    tail.addLast(line.replaceAll("\u001B\\[[0-9;]*m", "")); // no terminal colours in reports
                });
                return "\n--- last " + tail.size() + " lines of " + log.toAbsolutePath() + " ---\n"
                        + String.join("\n", tail);
            } catch (IOException | UncheckedIOException e) {
                return "\n(could not read " + log.toAbsolutePath() + ": " + e + ")";
            }
        }).orElse("");
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the platform", e);
        }
    }
}

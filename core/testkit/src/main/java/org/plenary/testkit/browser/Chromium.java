package org.plenary.testkit.browser;

import org.plenary.testkit.Folders;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * JUnit 5 extension that gives a test class one headless Chromium, driven by Selenium through Debian's
 * {@code chromium} and {@code chromium-driver} packages. Usually applied through {@link BrowserTest}, which also
 * starts the platform.
 *
 * <h2>What it does</h2>
 * <ul>
 *   <li>Before the class: starts {@code /usr/bin/chromedriver} and {@code /usr/bin/chromium}, both named
 *       explicitly so that Selenium Manager is never run and nothing is downloaded. The browser runs with
 *       {@code --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
 *       --disable-component-update --disable-sync}, a fresh {@code --user-data-dir}, English as its language, no
 *       proxy, and a host resolver that answers only for {@code localhost}/{@code 127.0.0.1}: a page that links
 *       or loads something from elsewhere gets "not found" and no traffic leaves the machine.
 *       <b>If Chromium or its driver is missing the class fails</b> (it is never skipped) with a message saying
 *       how to install them.</li>
 *   <li>Before each test: blank page, cookies deleted, JavaScript on, window size from {@link Window} (default
 *       {@link WindowSize#DESKTOP}).</li>
 *   <li>When a test fails: a full-page screenshot and the page's HTML go to
 *       {@code target/screenshots/<TestClass>.<method>.png|html}.</li>
 *   <li>After the class: the browser quits and its profile folder is deleted.</li>
 *   <li>Parameters of type {@link Browser} and {@link WebDriver} are resolved for test and lifecycle methods.</li>
 * </ul>
 *
 * <h2>System properties</h2>
 * <dl>
 *   <dt>{@value #CHROMIUM}</dt><dd>the browser, default {@code /usr/bin/chromium}</dd>
 *   <dt>{@value #CHROMEDRIVER}</dt><dd>the driver, default {@code /usr/bin/chromedriver}</dd>
 *   <dt>{@value #SCREENSHOT_DIR}</dt><dd>where screenshots go, default {@code ${basedir}/target/screenshots}</dd>
 * </dl>
 */
public final class Chromium implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, ParameterResolver {

    /** System property: path of the Chromium executable. */
    public static final String CHROMIUM = "plenary.chromium";
    /** System property: path of the chromedriver executable. */
    public static final String CHROMEDRIVER = "plenary.chromedriver";
    /** System property: folder screenshots are written to. */
    public static final String SCREENSHOT_DIR = "plenary.screenshots";

    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    static final String DEFAULT_CHROMEDRIVER = "/usr/bin/chromedriver";

    private static final Namespace NAMESPACE = Namespace.create(Chromium.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        session(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        session(context).browser.reset(windowSizeOf(context));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
        if (session == null) {
            return;
        }
        String name = testName(context);
        try {
            Path png = session.browser.screenshot(name);
            session.browser.savePageSource(name);
            System.err.println("[browser] " + name + " failed on " + session.browser.currentUrl() + "; screenshot: "
                    + png.toAbsolutePath());
        } catch (RuntimeException e) {
            System.err.println("[browser] no screenshot of " + name + ": " + e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = session(context).browser;
        return parameter.getParameter().getType() == Browser.class ? browser : browser.driver();
    }

    /**
     * One more browser, for a test where several people are on the platform at once (two participants and a
     * moderator): its own Chromium, profile and cookies, started as the class's browser is and in the state a test
     * begins in. The test closes it, with try-with-resources.
     */
    public static Another another() {
        Session session = Session.start();
        session.browser.reset(WindowSize.DESKTOP);
        return new Another(session);
    }

    /** A browser from {@link #another()}; closing it quits it and deletes its profile. */
    public static final class Another implements AutoCloseable {

        private final Session session;

        private Another(Session session) {
            this.session = session;
        }

        public Browser browser() {
            return session.browser;
        }

        @Override
        public void close() {
            session.close();
        }
    }

    /** The class's browser, started on first use; a nested class uses its enclosing class's browser. */
    private static Session session(ExtensionContext context) {
        return classContext(context).getStore(NAMESPACE).getOrComputeIfAbsent(Session.class, key -> Session.start(),
                Session.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static WindowSize windowSizeOf(ExtensionContext context) {
        Optional<Window> onMethod = context.getTestMethod()
                .flatMap(method -> AnnotationSupport.findAnnotation(method, Window.class));
        if (onMethod.isPresent()) {
            return onMethod.get().value();
        }
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            Optional<Window> onClass = c.get().getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, Window.class));
            if (onClass.isPresent()) {
                return onClass.get().value();
            }
        }
        return WindowSize.DESKTOP;
    }

    private static String testName(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        boolean plain = display.equals(context.getRequiredTestMethod().getName() + "()")
                || display.startsWith(context.getRequiredTestMethod().getName() + "(");
        return plain ? name : name + "-" + display;
    }

    private static Path baseDir() {
        return Path.of(System.getProperty("basedir", "."));
    }

    /** One browser and its profile folder; closing it quits the browser. */
    @SuppressWarnings("deprecation") // CloseableResource: closed by JUnit 5 of any version; AutoCloseable for JUnit 5.13+ and 6.
    private static final class Session implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        final Browser browser;
        private final ChromeDriver driver;
        private final Path profile;
        private boolean closed;

        private Session(ChromeDriver driver, Path profile, Path screenshots) {
            this.driver = driver;
            this.profile = profile;
            this.browser = new Browser(driver, screenshots);
        }

        static Session start() {
            Path chromium = Path.of(System.getProperty(CHROMIUM, DEFAULT_CHROMIUM));
            Path chromedriver = Path.of(System.getProperty(CHROMEDRIVER, DEFAULT_CHROMEDRIVER));
            List<String> missing = new ArrayList<>();
            if (!Files.isExecutable(chromium)) {
                missing.add(chromium + " (Debian package chromium)");
            }
            if (!Files.isExecutable(chromedriver)) {
                missing.add(chromedriver + " (Debian package chromium-driver)");
            }
            if (!missing.isEmpty()) {
                throw new AssertionError("Browser tests need Chromium and its WebDriver, but " + String.join(" and ", missing)
                        + (missing.size() == 1 ? " is" : " are") + " missing. Run .ci/run (as root: it installs them),"
                        + " or: apt-get update && apt-get install chromium chromium-driver."
                        + " Other locations: -D" + CHROMIUM + "=... -D" + CHROMEDRIVER + "=...");
            }

            Path profile;
            try {
                profile = Files.createTempDirectory("plenary-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + profile,
                    "--no-default-browser-check",
                    "--disable-dev-shm-usage",
                    "--disable-extensions",
                    "--disable-default-apps",
                    "--disable-domain-reliability",
                    "--disable-client-side-phishing-detection",
                    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                    "--metrics-recording-only",
                    "--password-store=basic",
                    "--no-proxy-server",
                    // Only loopback names resolve: nothing a page links to elsewhere is ever fetched.
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                    "--lang=en-US",
                    "--window-size=" + WindowSize.DESKTOP.width() + "," + WindowSize.DESKTOP.height());
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
            // The network part of Chromium's performance log: Browser.takeRequests() reads what pages asked for.
            options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
            options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));

            Path logDir = baseDir().resolve("target");
            ChromeDriverService.Builder service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()) // explicit: Selenium Manager is never consulted
                    .usingAnyFreePort();
            if (Files.isDirectory(logDir)) {
                service.withLogFile(logDir.resolve("chromedriver.log").toFile()).withAppendLog(true)
                        .withLogLevel(ChromiumDriverLogLevel.WARNING);
            }
            ChromeDriver driver;
            try {
                driver = new ChromeDriver(service.build(), options);
            } catch (RuntimeException e) {
                Folders.deleteTree(profile);
                throw new IllegalStateException("Could not start " + chromium + " through " + chromedriver + ": " + e.getMessage(), e);
            }
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            String screenshots = System.getProperty(SCREENSHOT_DIR);
            Path screenshotDir = screenshots == null || screenshots.isBlank()
                    ? baseDir().resolve("target").resolve("screenshots") : Path.of(screenshots);
            return new Session(driver, profile, screenshotDir);
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                driver.quit();
            } finally {
                Folders.deleteTree(profile);
            }
        }
    }

}

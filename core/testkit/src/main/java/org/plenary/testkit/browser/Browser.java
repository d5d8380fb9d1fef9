package org.plenary.testkit.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenary.testkit.server.RunningPlatform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The headless Chromium a browser test drives, with the few helpers that participant-page tests keep needing. The
 * underlying Selenium {@link WebDriver} is {@link #driver()}; both can be declared as test method parameters of a
 * {@link BrowserTest} (or {@link Chromium}) class.
 *
 * <p>One browser serves all tests of a class. Before each test the extension opens {@code about:blank}, deletes all
 * cookies (so a time zone or session chosen by one test does not leak into the next), sets the window size the
 * test asks for with {@link Window}, and puts the browser in {@value #DEFAULT_TIME_ZONE} (where the demo conference
 * is: pages that detect the browser's zone then show what the tests expect); {@link #emulateTimeZone} moves it.
 */
public final class Browser {

    /** How long {@link #waitUntil(ExpectedCondition)} waits by default. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(15);

    /** The time zone the browser is in at the start of each test. */
    public static final String DEFAULT_TIME_ZONE = "Europe/Paris";

    /** Full-page screenshots are cut at this height (CSS pixels), to keep files reasonable. */
    private static final int MAX_SCREENSHOT_HEIGHT = 20_000;

    private final ChromeDriver driver;
    private final Path screenshotDir;
    private WindowSize size;
    private boolean javaScriptEnabled = true;

    Browser(ChromeDriver driver, Path screenshotDir) {
        this.driver = Objects.requireNonNull(driver);
        this.screenshotDir = Objects.requireNonNull(screenshotDir);
    }

    /** The Selenium driver, for anything the helpers here do not cover. */
    public WebDriver driver() {
        return driver;
    }

    /** The size the window has now. */
    public WindowSize windowSize() {
        return size;
    }

    /**
     * Opens a page, waits for it to load and checks that the server answered it without an error: an HTTP status of
     * 400 or more fails with the status, the address and the page's text (e.g. the server's exception report). Use
     * {@link #openAllowingErrors(String)} to look at an error page on purpose.
     *
     * @param pathOrUrl an absolute {@code http(s)} address, or a path relative to the running platform's root
     *                  ({@code "programme.xhtml?c=mlw2020"}), see {@link RunningPlatform#url(String)}
     */
    public Browser open(String pathOrUrl) {
        openAllowingErrors(pathOrUrl);
        return assertPageOk();
    }

    /** Opens a page and waits for it to load, whatever HTTP status it has. */
    public Browser openAllowingErrors(String pathOrUrl) {
        driver.get(pathOrUrl.matches("(?i)https?://.*") ? pathOrUrl : RunningPlatform.url(pathOrUrl));
        return this;
    }

    /**
     * Clicks something that leads to another page (a link, a form's submit button), waits for that page to load
     * and checks it as {@link #open(String)} does.
     */
    public Browser clickToNavigate(WebElement linkOrButton) {
        return clickToNavigateAllowingErrors(linkOrButton).assertPageOk();
    }

    /** Clicks something that leads to another page and waits for that page to load, whatever HTTP status it has. */
    public Browser clickToNavigateAllowingErrors(WebElement linkOrButton) {
        WebElement page = driver.findElement(By.tagName("html"));
        linkOrButton.click();
        waitUntil(d -> isGone(page));
        waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        return this;
    }

    /** Whether an element's document was replaced; Chromium may say so in two ways while the next page loads. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * The HTTP status the page shown now was served with (from the browser's navigation timing), or 0 when the
     * browser does not know it (e.g. {@code about:blank}).
     */
    public int httpStatus() {
        Object status = script("const n = performance.getEntriesByType('navigation')[0];"
                + " return n && n.responseStatus ? n.responseStatus : 0;");
        return status instanceof Number n ? n.intValue() : 0;
    }

    /**
     * Fails when the page shown now was served with an HTTP status of 400 or more; the message has the status, the
     * address and the page's text.
     */
    public Browser assertPageOk() {
        int status = httpStatus();
        if (status >= 400) {
            String text = driver.findElement(By.tagName("body")).getText().strip();
            if (text.length() > 2_000) {
                text = text.substring(0, 2_000) + "…";
            }
            throw new AssertionError("HTTP " + status + " for " + currentUrl() + "\n" + text);
        }
        return this;
    }

    /** The address of the page shown now. */
    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The first element matching a CSS selector; fails with Selenium's {@code NoSuchElementException} if none. */
    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    /** All elements matching a CSS selector, in document order (maybe none). */
    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Waits up to {@link #DEFAULT_WAIT} for a condition (see Selenium's {@code ExpectedConditions}). */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return waitUntil(condition, DEFAULT_WAIT);
    }

    /** Waits up to {@code timeout} for a condition. */
    public <T> T waitUntil(ExpectedCondition<T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(condition);
    }

    /** Runs JavaScript in the page and returns its result (see {@link JavascriptExecutor#executeScript}). */
    public Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /**
     * Runs asynchronous JavaScript in the page: the script calls its last argument with the result (see
     * {@link JavascriptExecutor#executeAsyncScript}).
     */
    public Object asyncScript(String javaScript, Object... arguments) {
        return driver.executeAsyncScript(javaScript, arguments);
    }

    /**
     * Switches the pages' own JavaScript off or on, from the next page opened, as a reader who blocks scripts (or
     * whose old phone runs none) would have it. Helpers of this class that read the page ({@link #script}) still
     * work. Each test starts with JavaScript on.
     */
    public void javaScript(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
        javaScriptEnabled = enabled;
    }

    /** Whether the pages' own JavaScript runs (see {@link #javaScript(boolean)}). */
    public boolean javaScriptEnabled() {
        return javaScriptEnabled;
    }

    /**
     * The addresses the browser asked for since the last call (or since the test began), in order: pages, frames,
     * stylesheets, scripts, images, media, also those that failed (every name but {@code localhost} and
     * {@code 127.0.0.1} fails here without leaving the machine). Use it to check that a page does not load
     * something, e.g. no video before the reader asks for it.
     */
    public List<String> takeRequests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (!message.contains("\"Network.requestWillBeSent\"")) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(message))) {
                JsonObject params = reader.readObject().getJsonObject("message").getJsonObject("params");
                urls.add(params.getJsonObject("request").getString("url"));
            }
        }
        return urls;
    }

    /** Empties the browser's HTTP cache, so that the next page and everything it uses come over the wire again. */
    public void clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /**
     * Whether the page is wider than the window, i.e. the reader has to scroll sideways: the content's width
     * (or that of the widest element) exceeds the viewport's.
     */
    public boolean scrollsHorizontally() {
        Object wider = script("const d = document.documentElement, b = document.body;"
                + " return Math.max(d.scrollWidth, b ? b.scrollWidth : 0) > d.clientWidth;");
        return Boolean.TRUE.equals(wider);
    }

    /** The viewport's width in CSS pixels as the page sees it ({@code document.documentElement.clientWidth}). */
    public long viewportWidth() {
        return ((Number) script("return document.documentElement.clientWidth;")).longValue();
    }

    /**
     * Sets the window size (and, for {@link WindowSize#PHONE}, mobile emulation) for the rest of the test. The page
     * shown is laid out again.
     */
    public void resize(WindowSize newSize) {
        Objects.requireNonNull(newSize);
        driver.manage().window().setSize(new Dimension(newSize.width(), newSize.height()));
        if (newSize.mobile()) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", newSize.width(), "height", newSize.height(), "deviceScaleFactor", 2, "mobile", true,
                    "screenWidth", newSize.width(), "screenHeight", newSize.height()));
            driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
            driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", false));
        }
        size = newSize;
    }

    /**
     * Saves a PNG of the whole page (not only the visible part) as {@code <screenshot dir>/<name>.png}, by default
     * {@code target/screenshots/}. Useful to look at a page by eye; failing tests get one automatically.
     *
     * @return the file written
     */
    public Path screenshot(String name) {
        Path file = screenshotDir.resolve(fileName(name) + ".png");
        try {
            Files.createDirectories(screenshotDir);
            Files.write(file, fullPage());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        return file;
    }

    /**
     * Saves a PNG of what the window shows now (the viewport at its current scroll position) as
     * {@code <screenshot dir>/<name>.png}: handy on a phone screen, where a whole page is very tall.
     *
     * @return the file written
     */
    public Path screenshotOfWindow(String name) {
        Path file = screenshotDir.resolve(fileName(name) + ".png");
        try {
            Files.createDirectories(screenshotDir);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        return file;
    }

    /** Scrolls so that the element's top is at the top of the window. */
    public void scrollTo(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'start', inline: 'nearest'});", element);
    }

    /** Saves the page's HTML as it is now (after scripts) as {@code <screenshot dir>/<name>.html}. */
    public Path savePageSource(String name) {
        Path file = screenshotDir.resolve(fileName(name) + ".html");
        try {
            Files.createDirectories(screenshotDir);
            Files.writeString(file, Objects.requireNonNullElse(driver.getPageSource(), ""), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        return file;
    }

    /**
     * Puts the browser in another time zone (an IANA id such as {@code "Africa/Nairobi"}), as if the machine it runs
     * on were there: what scripts read from {@code Intl} and {@code Date} for the rest of the test.
     */
    public void emulateTimeZone(String zoneId) {
        Objects.requireNonNull(zoneId);
        try {
            driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        } catch (WebDriverException e) {
            // no override was in force
        }
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
    }

    /** Prepares the browser for the next test: blank page, no cookies, the requested size, the default zone. */
    void reset(WindowSize newSize) {
        if (!javaScriptEnabled) {
            javaScript(true);
        }
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        emulateTimeZone(DEFAULT_TIME_ZONE);
        resize(newSize);
        takeRequests();
    }

    @SuppressWarnings("unchecked")
    private byte[] fullPage() {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) content.get("width")).doubleValue();
            double height = Math.min(((Number) content.get("height")).doubleValue(), MAX_SCREENSHOT_HEIGHT);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (WebDriverException | ClassCastException | NullPointerException e) {
            return driver.getScreenshotAs(OutputType.BYTES); // the visible part, at least
        }
    }

    private static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return safe.length() > 150 ? safe.substring(0, 150) : safe;
    }
}

/**
 * Browser tests of the participant pages: a headless Chromium per test class, driven by Selenium through Debian's
 * {@code chromium} and {@code chromium-driver} packages.
 *
 * <p>Annotate a class {@code *BrowserIT} with {@link org.plenary.testkit.browser.BrowserTest}; declare
 * {@link org.plenary.testkit.browser.Browser} (or a Selenium {@code WebDriver}) as a test method parameter; pick a
 * screen with {@link org.plenary.testkit.browser.Window}. Failing tests leave a screenshot and the page's HTML in
 * {@code target/screenshots/}.
 *
 * <p>Checks any page can go through, also a plugin's own:
 * <ul>
 *   <li>{@link org.plenary.testkit.browser.Axe}: WCAG 2.1 A and AA with axe-core, injected from the class path;</li>
 *   <li>{@link org.plenary.testkit.browser.PageWeight}: the bytes of the document, stylesheets and scripts on the
 *       wire, against a budget;</li>
 *   <li>{@link org.plenary.testkit.browser.Keyboard}: Tab, Enter and a visible focus;</li>
 *   <li>{@link org.plenary.testkit.browser.Browser#javaScript(boolean)} to read pages without JavaScript, and
 *       {@link org.plenary.testkit.browser.Browser#takeRequests()} to see what a page asked for (e.g. no video
 *       before the reader asks).</li>
 * </ul>
 */
package org.plenary.testkit.browser;

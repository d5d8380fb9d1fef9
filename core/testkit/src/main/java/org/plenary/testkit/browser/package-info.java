/**
 * Browser tests of the participant pages: a headless Chromium per test class, driven by Selenium through Debian's
 * {@code chromium} and {@code chromium-driver} packages.
 *
 * <p>Annotate a class {@code *BrowserIT} with {@link org.plenary.testkit.browser.BrowserTest}; declare
 * {@link org.plenary.testkit.browser.Browser} (or a Selenium {@code WebDriver}) as a test method parameter; pick a
 * screen with {@link org.plenary.testkit.browser.Window}. Failing tests leave a screenshot and the page's HTML in
 * {@code target/screenshots/}.
 */
package org.plenary.testkit.browser;

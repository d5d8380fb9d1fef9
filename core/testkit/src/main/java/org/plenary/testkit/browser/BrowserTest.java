package org.plenary.testkit.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.plenary.testkit.server.RunningPlatform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A browser test of the running platform: the platform of the test JVM ({@link RunningPlatform}, started once for
 * all classes) and one headless Chromium for the class ({@link Chromium}). Test and lifecycle methods may declare
 * parameters of type {@link Browser}, {@link org.openqa.selenium.WebDriver} and
 * {@link org.plenary.testkit.server.Platform}.
 *
 * <pre>{@code
 * @BrowserTest
 * class ProgrammeBrowserIT {
 *     @Test
 *     void showsTheProgramme(Browser browser) {
 *         browser.open("programme.xhtml?c=mlw2020");   // relative to the platform's root
 *         assertThat(...browser.driver().findElements(By.cssSelector("li.card.session"))...);
 *     }
 * }
 * }</pre>
 * Name such classes {@code *BrowserIT} so that failsafe runs them in {@code mvn verify}; they are tagged
 * {@code browser}. The tests of a class share its browser and run one after the other, even where JUnit's parallel
 * execution is switched on.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("browser")
@Execution(ExecutionMode.SAME_THREAD) // the tests of a class share one browser
@ExtendWith(Chromium.class) // first: a missing browser fails the class before the platform's start is waited for
@ExtendWith(RunningPlatform.class)
public @interface BrowserTest {
}

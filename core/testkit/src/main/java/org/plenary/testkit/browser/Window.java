package org.plenary.testkit.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The window size a browser test runs at. On a method it wins over one on the class; without any the test runs at
 * {@link WindowSize#DESKTOP}. A test can also change size half way with {@link Browser#resize(WindowSize)}.
 *
 * <pre>{@code
 * @Test
 * @Window(WindowSize.PHONE)
 * void programmeFitsAPhone(Browser browser) { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Window {

    WindowSize value();
}

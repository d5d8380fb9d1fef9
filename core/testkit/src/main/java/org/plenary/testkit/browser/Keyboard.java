package org.plenary.testkit.browser;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.Map;

/**
 * A reader who uses the keyboard alone: moves with Tab, follows links with Enter, and must always see where the
 * focus is (WCAG 2.4.7). The checks read the styles the browser applies to the focused element, so they hold
 * whatever the stylesheet's selectors are ({@code :focus} or {@code :focus-visible}).
 *
 * <pre>{@code
 * browser.open("programme.xhtml?c=mlw2020");
 * Keyboard keys = new Keyboard(browser);
 * WebElement skip = keys.tab();                 // the first stop: the skip link
 * keys.assertFocusVisible(skip);
 * }</pre>
 */
public final class Keyboard {

    /** The thinnest outline counted as a visible focus indicator, in CSS pixels. */
    public static final double MIN_OUTLINE_PX = 2;

    private final Browser browser;

    public Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** Presses Tab once and returns the element that has the focus then. */
    public WebElement tab() {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        return focused();
    }

    /** Presses Enter on the focused element (follows a link, presses a button). */
    public void enter() {
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    }

    /** The element that has the focus ({@code document.activeElement}). */
    public WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /**
     * How the focused element shows its focus: {@code "outline 3px solid rgb(…)"}, {@code "box-shadow …"}, or
     * {@code "none"}.
     */
    @SuppressWarnings("unchecked")
    public String focusIndicator(WebElement element) {
        Map<String, Object> style = (Map<String, Object>) browser.script(
                "const s = getComputedStyle(arguments[0]);"
                + " return {style: s.outlineStyle, width: parseFloat(s.outlineWidth) || 0, color: s.outlineColor,"
                + " shadow: s.boxShadow};", element);
        double width = ((Number) style.get("width")).doubleValue();
        if (!"none".equals(style.get("style")) && width >= MIN_OUTLINE_PX) {
            return "outline " + width + "px " + style.get("style") + " " + style.get("color");
        }
        Object shadow = style.get("shadow");
        if (shadow != null && !"none".equals(shadow)) {
            return "box-shadow " + shadow;
        }
        return "none";
    }

    /**
     * Fails unless the element has the focus and shows it with an outline of at least {@value #MIN_OUTLINE_PX}
     * pixels or a box shadow, and lies (at least partly) inside the window.
     */
    public void assertFocusVisible(WebElement element) {
        String what = describe(element);
        if (!element.equals(focused())) {
            throw new AssertionError(what + " does not have the focus; " + describe(focused()) + " has");
        }
        String indicator = focusIndicator(element);
        if (indicator.equals("none")) {
            throw new AssertionError("the focus on " + what + " is not visible: no outline of " + MIN_OUTLINE_PX
                    + " px or more, no box shadow (" + browser.currentUrl() + ")");
        }
        Object onScreen = browser.script("const r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0"
                + " && r.left < innerWidth && r.top < innerHeight;", element);
        if (!Boolean.TRUE.equals(onScreen)) {
            throw new AssertionError("the focused " + what + " is outside the window (" + element.getRect() + ")");
        }
    }

    /** {@code a "Skip to content"} or {@code select#tz}: an element as a failure message names it. */
    public static String describe(WebElement element) {
        String id = element.getAttribute("id");
        String text = element.getText() == null ? "" : element.getText().strip().replaceAll("\\s+", " ");
        if (text.length() > 60) {
            text = text.substring(0, 60) + "…";
        }
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id) + (text.isEmpty() ? "" : " \"" + text + "\"");
    }
}

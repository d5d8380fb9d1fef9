package org.plenary.testkit.browser;

/**
 * The screens the participant pages are checked on. Choose one with {@link Window} on a test class or method;
 * {@link #DESKTOP} is the default.
 */
public enum WindowSize {

    /** An ordinary laptop browser window: 1280 × 900 CSS pixels. */
    DESKTOP(1280, 900, false),

    /**
     * A small phone, 360 × 740 CSS pixels, emulated as a mobile device: the page's {@code meta viewport} is honoured
     * (a page without it is laid out 980 pixels wide and shrunk, as on a real phone) and scrollbars take no room.
     */
    PHONE(360, 740, true);

    private final int width;
    private final int height;
    private final boolean mobile;

    WindowSize(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }

    /** Width of the page's viewport in CSS pixels. */
    public int width() {
        return width;
    }

    /** Height of the page's viewport in CSS pixels. */
    public int height() {
        return height;
    }

    /** Whether the browser emulates a mobile device (meta viewport, touch) at this size. */
    public boolean mobile() {
        return mobile;
    }
}

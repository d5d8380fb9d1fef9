package org.plenary.spi;

import java.util.Arrays;

/**
 * A range of versions in Maven's interval notation: {@code [1.0,2.0)} includes 1.0 and excludes 2.0;
 * {@code [1.2,)} means 1.2 or later; a bare {@code 1.0} means 1.0 or later.
 *
 * @since 1.0
 */
public final class VersionRange {

    private final int[] lower;
    private final boolean lowerInclusive;
    private final int[] upper;
    private final boolean upperInclusive;

    private VersionRange(int[] lower, boolean lowerInclusive, int[] upper, boolean upperInclusive) {
        this.lower = lower;
        this.lowerInclusive = lowerInclusive;
        this.upper = upper;
        this.upperInclusive = upperInclusive;
    }

    /** Parses a range; throws {@link IllegalArgumentException} with a readable message when it is malformed. */
    public static VersionRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no version range given");
        }
        String s = text.strip();
        if (!(s.startsWith("[") || s.startsWith("("))) {
            return new VersionRange(numbers(s, text), true, null, false);
        }
        if (!(s.endsWith("]") || s.endsWith(")")) || !s.contains(",")) {
            throw new IllegalArgumentException("'" + text + "' is not a range like [1.0,2.0)");
        }
        String[] bounds = s.substring(1, s.length() - 1).split(",", -1);
        if (bounds.length != 2) {
            throw new IllegalArgumentException("'" + text + "' must have exactly two bounds");
        }
        int[] low = bounds[0].isBlank() ? null : numbers(bounds[0].strip(), text);
        int[] high = bounds[1].isBlank() ? null : numbers(bounds[1].strip(), text);
        if (low != null && high != null && compare(low, high) > 0) {
            throw new IllegalArgumentException("'" + text + "' has its lower bound above its upper bound");
        }
        return new VersionRange(low, s.startsWith("["), high, s.endsWith("]"));
    }

    /** True when the given version (qualifiers such as {@code -SNAPSHOT} ignored) lies in this range. */
    public boolean includes(String version) {
        int[] v = numbers(version.split("-", 2)[0], version);
        if (lower != null) {
            int c = compare(v, lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int c = compare(v, upper);
            return c < 0 || (c == 0 && upperInclusive);
        }
        return true;
    }

    private static int[] numbers(String part, String whole) {
        try {
            return Arrays.stream(part.split("\\.")).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + whole + "' holds a version that is not numeric: '" + part + "'");
        }
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}

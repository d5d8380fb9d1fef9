package org.plenary.testkit.browser;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a page costs a reader to download: the document and everything the browser loaded for it (stylesheets,
 * scripts, images…), each with the bytes that came over the wire (compressed, as the server sent them to a browser
 * that accepts gzip) and the bytes once decompressed. Read from the browser's Resource Timing after an empty cache,
 * so it counts what a first visit costs, including what scripts load.
 *
 * <pre>{@code
 * PageWeight.of(browser, "programme.xhtml?c=mlw2020").assertCodeUnder(100);   // HTML + CSS + JS, in KB on the wire
 * }</pre>
 * A failure prints the breakdown, heaviest first. Only resources of the platform's own origin report sizes (other
 * origins hide them unless they send {@code Timing-Allow-Origin}); they are listed with size 0.
 *
 * @param url   the page measured
 * @param parts the document first, then each resource in the order the browser fetched them
 */
public record PageWeight(String url, List<Part> parts) {

    /** What a resource is, from how the page asked for it and its name. */
    public enum Kind { DOCUMENT, STYLESHEET, SCRIPT, IMAGE, FONT, MEDIA, OTHER }

    /** The document and the stylesheets and scripts: what the page-weight budget of the participant pages counts. */
    public static final Set<Kind> CODE = EnumSet.of(Kind.DOCUMENT, Kind.STYLESHEET, Kind.SCRIPT);

    /**
     * One thing downloaded.
     *
     * @param url       its address
     * @param kind      what it is
     * @param wireBytes the body as it came over the wire (compressed when the server compressed it)
     * @param bytes     the body once decompressed
     * @param cached    whether the browser took it from its cache this time (its size is still the one it had on the
     *                  wire when it was fetched)
     */
    public record Part(String url, Kind kind, long wireBytes, long bytes, boolean cached) {

        /** Whether the server compressed it. */
        public boolean compressed() {
            return wireBytes < bytes;
        }
    }

    public PageWeight {
        parts = List.copyOf(parts);
    }

    /**
     * Empties the browser's cache, opens the page (as {@link Browser#open(String)} does: an error status fails) and
     * measures it once it has loaded.
     */
    public static PageWeight of(Browser browser, String pathOrUrl) {
        browser.clearCache();
        browser.open(pathOrUrl);
        browser.waitUntil(d -> "complete".equals(browser.script("return document.readyState;")));
        return ofPageShown(browser);
    }

    /** Measures the page the browser shows now, as far as its Resource Timing reaches (the cache may have served some). */
    @SuppressWarnings("unchecked")
    public static PageWeight ofPageShown(Browser browser) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.script(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                + ".map(e => ({name: e.name, type: e.initiatorType, wire: e.encodedBodySize, bytes: e.decodedBodySize,"
                + " transfer: e.transferSize}));");
        List<Part> parts = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            String name = (String) e.get("name");
            long wire = number(e.get("wire"));
            parts.add(new Part(name, kind((String) e.get("type"), name), wire, number(e.get("bytes")),
                    wire > 0 && number(e.get("transfer")) == 0));
        }
        return new PageWeight(browser.currentUrl(), parts);
    }

    /** Bytes on the wire of the parts of these kinds. */
    public long wireBytes(Set<Kind> kinds) {
        return parts.stream().filter(p -> kinds.contains(p.kind())).mapToLong(Part::wireBytes).sum();
    }

    /** Bytes once decompressed of the parts of these kinds. */
    public long bytes(Set<Kind> kinds) {
        return parts.stream().filter(p -> kinds.contains(p.kind())).mapToLong(Part::bytes).sum();
    }

    /** The parts of one kind. */
    public List<Part> parts(Kind kind) {
        return parts.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The document. */
    public Part document() {
        return parts.stream().filter(p -> p.kind() == Kind.DOCUMENT).findFirst()
                .orElseThrow(() -> new IllegalStateException("no navigation entry for " + url));
    }

    /**
     * Fails when the document, stylesheets and scripts ({@link #CODE}) together take more than {@code kilobytes}
     * (of 1,024 bytes) on the wire; the message has the breakdown.
     */
    public PageWeight assertCodeUnder(int kilobytes) {
        long wire = wireBytes(CODE);
        if (wire > kilobytes * 1024L) {
            throw new AssertionError("HTML + CSS + JS of " + url + " take " + kb(wire) + " on the wire, over the budget of "
                    + kilobytes + " KB:\n" + breakdown());
        }
        return this;
    }

    /** One line per part, heaviest on the wire first, then totals by kind. */
    public String breakdown() {
        String lines = parts.stream().sorted((a, b) -> Long.compare(b.wireBytes(), a.wireBytes()))
                .map(p -> String.format(Locale.ROOT, "  %-10s %9s wire %9s read  %s%s", p.kind(), kb(p.wireBytes()),
                        kb(p.bytes()), p.url(), p.cached() ? " (from the cache)" : ""))
                .collect(Collectors.joining("\n"));
        String totals = EnumSet.allOf(Kind.class).stream().filter(k -> !parts(k).isEmpty())
                .map(k -> k + " " + kb(wireBytes(EnumSet.of(k))))
                .collect(Collectors.joining(", "));
        return lines + "\n  total on the wire: " + kb(wireBytes(EnumSet.allOf(Kind.class))) + " (" + totals + ")";
    }

    @Override
    public String toString() {
        return url + ": HTML + CSS + JS " + kb(wireBytes(CODE)) + " on the wire, " + kb(bytes(CODE)) + " read";
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    static Kind kind(String initiator, String url) {
        String path = url.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
        String type = initiator == null ? "" : initiator;
        if (type.equals("navigation") || type.equals("iframe") || type.equals("frame")) {
            return Kind.DOCUMENT;
        }
        if (path.matches(".*\\.css(\\.xhtml)?$") || type.equals("css") && path.endsWith(".css")) {
            return Kind.STYLESHEET;
        }
        if (type.equals("script") || path.matches(".*\\.m?js(\\.xhtml)?$")) {
            return Kind.SCRIPT;
        }
        if (type.equals("img") || type.equals("image") || path.matches(".*\\.(png|jpe?g|gif|webp|avif|svg|ico)(\\.xhtml)?$")) {
            return Kind.IMAGE;
        }
        if (path.matches(".*\\.(woff2?|ttf|otf|eot)(\\.xhtml)?$")) {
            return Kind.FONT;
        }
        if (type.equals("video") || type.equals("audio") || path.matches(".*\\.(mp4|webm|ogg|mp3|m3u8)$")) {
            return Kind.MEDIA;
        }
        return Kind.OTHER;
    }
}

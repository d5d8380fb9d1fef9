package org.plenary.webapp.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;
import org.plenary.testkit.browser.PageWeight;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the participant pages cost to download, measured as a browser that accepts gzip receives them (the server
 * compresses, see {@code domain-config/embedded/pre-boot.asadmin}): HTML + CSS + JS of each page under
 * {@value #BUDGET_KB} KB on the wire, no PrimeFaces on them, static resources cached and revalidated.
 */
@BrowserTest
class PageWeightBrowserIT {

    /** The budget of HTML + CSS + JS of a participant page, in KB on the wire. */
    static final int BUDGET_KB = 100;

    @Test
    void theWholeProgrammeIsUnderBudgetAndCompressed(Browser browser) {
        PageWeight weight = PageWeight.of(browser, "programme.xhtml?c=" + ParticipantPage.MLW);
        System.out.println("[page weight] " + weight + "\n" + weight.breakdown());

        weight.assertCodeUnder(BUDGET_KB);
        PageWeight.Part document = weight.document();
        assertAll(
                () -> assertTrue(document.compressed(), () -> "the programme goes out compressed: " + document),
                () -> assertTrue(document.bytes() > 20_000, () -> "the whole programme was measured: " + document),
                () -> assertEquals(1, weight.parts(PageWeight.Kind.STYLESHEET).size(), weight::breakdown),
                () -> assertTrue(weight.parts(PageWeight.Kind.STYLESHEET).get(0).compressed(), weight::breakdown));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.plenary.webapp.browser.ParticipantPage#ALL")
    void everyParticipantPageIsUnderBudgetWithoutPrimeFaces(ParticipantPage page, Browser browser) {
        page.open(browser);
        browser.clearCache();
        PageWeight weight = PageWeight.of(browser, browser.currentUrl());
        System.out.println("[page weight] " + page + ": " + weight);

        List<String> primeFaces = weight.parts().stream().map(PageWeight.Part::url)
                .filter(url -> url.contains("ln=primefaces") || url.toLowerCase().contains("primefaces")).toList();
        Object inline = browser.script("return [...document.scripts].filter(s => /PrimeFaces/.test(s.textContent)).length;");
        assertAll(page.name(),
                () -> weight.assertCodeUnder(BUDGET_KB),
                () -> assertEquals(List.of(), primeFaces, "no PrimeFaces resource"),
                () -> assertEquals(0L, ((Number) inline).longValue(), "no PrimeFaces script in the page"));
    }

    @Test
    void aSecondVisitTakesTheStylesheetFromTheCache(Browser browser) throws Exception {
        PageWeight first = PageWeight.of(browser, "programme.xhtml?c=" + ParticipantPage.MLW);
        String stylesheet = first.parts(PageWeight.Kind.STYLESHEET).get(0).url();

        // HTTP/1.1 as browsers speak it to a plain-http server (Java's default would upgrade to h2c, sent uncompressed)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).proxy(HttpClient.Builder.NO_PROXY).build();
        HttpResponse<byte[]> css = http.send(HttpRequest.newBuilder(URI.create(stylesheet)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Optional<String> etag = css.headers().firstValue("ETag");
        Optional<String> lastModified = css.headers().firstValue("Last-Modified");
        long maxAge = css.headers().firstValue("Cache-Control").map(PageWeightBrowserIT::maxAge).orElse(0L);
        assertAll("the stylesheet's answer: " + css.headers().map(),
                () -> assertEquals(200, css.statusCode()),
                () -> assertEquals(Optional.of("gzip"), css.headers().firstValue("Content-Encoding")),
                () -> assertTrue(maxAge >= Duration.ofDays(1).toSeconds(), "kept for a day at least: max-age " + maxAge),
                () -> assertTrue(etag.isPresent() || lastModified.isPresent(), "a validator to ask whether it changed"));

        HttpRequest.Builder again = HttpRequest.newBuilder(URI.create(stylesheet)).header("Accept-Encoding", "gzip");
        etag.ifPresent(e -> again.header("If-None-Match", e));
        lastModified.ifPresent(l -> again.header("If-Modified-Since", l));
        HttpResponse<byte[]> revalidated = http.send(again.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertAll("asked again with its validators",
                () -> assertEquals(304, revalidated.statusCode()),
                () -> assertEquals(0, revalidated.body().length));

        browser.open("programme.xhtml?c=" + ParticipantPage.MLW + "&day=2020-10-13");
        PageWeight.Part cached = PageWeight.ofPageShown(browser).parts(PageWeight.Kind.STYLESHEET).get(0);
        assertTrue(cached.cached(), () -> "the next page takes the stylesheet from the browser's cache: " + cached);
    }

    private static long maxAge(String cacheControl) {
        var m = java.util.regex.Pattern.compile("max-age=(\\d+)").matcher(cacheControl);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}

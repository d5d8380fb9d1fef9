package org.plenary.webapp.it;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A participant's browser without JavaScript, as the registration tests see it: its own cookies, a language
 * (Accept-Language), redirects not followed, and Faces forms sent as such a browser sends them, fields repeated for
 * each ticked box.
 */
final class Visitor {

    private final URI base;
    private final String language;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private HttpResponse<String> shown;

    Visitor(URI base, String language) {
        this.base = base;
        this.language = language;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY).build();
    }

    /** Opens a page of the platform (relative to its root) or an absolute address (a link from a mail). */
    HttpResponse<String> open(String pathOrUrl) throws Exception {
        shown = http.send(HttpRequest.newBuilder(base.resolve(pathOrUrl)).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return shown;
    }

    String body() {
        return shown.body();
    }

    int status() {
        return shown.statusCode();
    }

    /**
     * Sends a form of the page shown with these fields (a name may come several times) and the button pressed.
     *
     * @param path where the form posts (the page's address without its query)
     */
    HttpResponse<String> submit(String path, String form, List<Map.Entry<String, String>> fields, String button) throws Exception {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        all.add(Map.entry(form, form));
        all.addAll(fields);
        all.add(Map.entry(button, "x"));
        all.add(Map.entry("jakarta.faces.ViewState", SignInClient.viewState(shown.body())));
        String body = all.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        shown = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return shown;
    }

    /** Signs in on the sign-in page, with {@code return} when given; the answer (not followed). */
    HttpResponse<String> signIn(String email, String password, String returnTo) throws Exception {
        open(returnTo == null ? "login.xhtml" : "login.xhtml?return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
        String back = hidden("signin:return");
        return submit("login.xhtml", "signin", List.of(Map.entry("signin:email", email),
                Map.entry("signin:password", password), Map.entry("signin:return", back)), "signin:submit");
    }

    /** The value of a hidden input of the page shown. */
    String hidden(String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(shown.body());
        return m.find() ? m.group(1).replace("&#47;", "/").replace("&amp;", "&").replace("&#61;", "=").replace("&#63;", "?") : "";
    }

    boolean hasSession() {
        return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).anyMatch("JSESSIONID"::equals);
    }

    /** The text of the problem shown by the field (the message after its input, before the next field); empty if none. */
    String problemOf(String fieldId) {
        String html = shown.body();
        int at = html.indexOf("id=\"" + fieldId);
        if (at < 0) {
            throw new AssertionError("no field " + fieldId + " on the page");
        }
        int next = nextRow(html, at + 1);
        Matcher m = Pattern.compile("class=\"field-problem\"[^>]*>(.*?)</span>", Pattern.DOTALL).matcher(html);
        return m.find(at) && m.start() < next ? text(m.group(1)) : "";
    }

    private static int nextRow(String html, int from) {
        int row = html.indexOf("class=\"row", from);
        return row < 0 ? html.length() : row;
    }

    /** The texts of the page's list of problems. */
    String problems() {
        Matcher m = Pattern.compile("<ul id=\"[^\"]*problems\"[^>]*>(.*?)</ul>", Pattern.DOTALL).matcher(shown.body());
        return m.find() ? text(m.group(1)) : "";
    }

    static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replaceAll("\\s+", " ").strip();
    }
}

package org.plenary.webapp.it;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser as the sign-in tests see it: its own cookies, redirects not followed (so that each answer can be
 * checked), and the Faces forms of the sign-in and console pages filled in as a person would.
 */
final class SignInClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PROBLEMS = Pattern.compile("<ul id=\"signin:problems\"[^>]*>(.*?)</ul>", Pattern.DOTALL);

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    SignInClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY).build();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the sign-in page, fills it in and sends it; the answer to the form (not followed). */
    HttpResponse<String> signIn(String email, String password) throws Exception {
        HttpResponse<String> page = get("login.xhtml");
        if (page.statusCode() != 200) {
            throw new AssertionError("the sign-in page answered " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:email", email);
        form.put("signin:password", password);
        form.put("signin:submit", "Sign in");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        return post("login.xhtml", form);
    }

    /** Presses "Sign out" on the console page; the answer (not followed). */
    HttpResponse<String> signOut() throws Exception {
        HttpResponse<String> console = get("console/index.xhtml");
        if (console.statusCode() != 200) {
            throw new AssertionError("the console answered " + console.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signout", "signout");
        form.put("signout:submit", "Sign out");
        form.put("jakarta.faces.ViewState", viewState(console.body()));
        return post("console/index.xhtml", form);
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return post(path, form, "text/html");
    }

    /** Posts a form as a script of the page would, asking for this type of answer (e.g. {@code application/json}). */
    HttpResponse<String> post(String path, Map<String, String> form, String accept) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** This browser's cookies, for another client to send the same (a script of the signed-in page). */
    CookieManager cookies() {
        return cookies;
    }

    /** The session id this browser holds, if any. */
    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Drops every cookie and sets the session cookie to the given id (an id a browser held earlier). */
    void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no Faces view state in the page");
        }
        return m.group(1).replace("&#58;", ":");
    }

    /** The text of the sign-in page's messages, tags removed; empty when there are none. */
    static String problems(String html) {
        Matcher m = PROBLEMS.matcher(html);
        return m.find() ? m.group(1).replaceAll("<[^>]+>", "").strip() : "";
    }

    /** Where a protected page sends a signed-out visitor: the sign-in page, which leads back to {@code page} afterwards. */
    static String signInPageFor(String page) {
        return "/login.xhtml?return=" + java.net.URLEncoder.encode("/" + page, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}

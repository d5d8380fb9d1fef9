package org.plenary.webapp.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program calling the REST API as a caller: with an API token (or none), in a language, sending JSON as given.
 * Also signs in to the console and makes an API token on the tokens page, as a person would.
 */
final class ApiClient {

    private static final Pattern SECRET = Pattern.compile("<input id=\"secret\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final String token;
    private final String language;
    private final HttpClient http;

    ApiClient(URI base, String token, String language) {
        this(base, token, language, null);
    }

    private ApiClient(URI base, String token, String language, SignInClient browser) {
        this.base = base;
        this.token = token;
        this.language = language;
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY);
        if (browser != null) {
            builder.cookieHandler(browser.cookies());
        }
        this.http = builder.build();
    }

    /** Calls the API with the cookies of a browser signed in to the console, no token. */
    static ApiClient asBrowser(URI base, SignInClient browser) {
        return new ApiClient(base, null, "en", browser);
    }

    static ApiClient anonymous(URI base) {
        return new ApiClient(base, null, "en");
    }

    ApiClient in(String language) {
        return new ApiClient(base, token, language, null);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    /** A page of the site (not the API), as a browser without cookies asks for it. */
    HttpResponse<String> getPage(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return send("POST", path, json);
    }

    HttpResponse<String> put(String path, String json) throws Exception {
        return send("PUT", path, json);
    }

    HttpResponse<String> delete(String path) throws Exception {
        return send("DELETE", path, null);
    }

    HttpResponse<String> send(String method, String path, String json) throws Exception {
        return send(method, path, json, Map.of());
    }

    HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) throws Exception {
        return send(method, path, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json),
                json != null, headers);
    }

    HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, boolean json,
                              Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/v1/" + path)).method(method, body)
                .header("Accept", "application/json").header("Accept-Language", language);
        if (json) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    /** The problems of a 400, as "field: message" lines. */
    static List<String> problems(HttpResponse<String> response) {
        JsonObject body = object(response);
        if (!body.containsKey("problems")) {
            return List.of();
        }
        return body.getJsonArray("problems").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("field") + ": " + p.getString("message")).toList();
    }

    /** A JSON string literal of any text. */
    static String quote(String text) {
        return Json.createValue(text).toString();
    }

    /**
     * Signs in to the console as this account and makes an API token on {@code /console/tokens.xhtml}; the secret
     * the page shows once.
     */
    static String tokenFromConsole(URI base, String email, String password, String name) throws Exception {
        SignInClient browser = new SignInClient(base);
        HttpResponse<String> signedIn = browser.signIn(email, password);
        if (signedIn.statusCode() != 302) {
            throw new AssertionError("sign-in of " + email + " answered " + signedIn.statusCode());
        }
        return createToken(browser, name);
    }

    static String createToken(SignInClient browser, String name) throws Exception {
        HttpResponse<String> page = browser.get("console/tokens.xhtml");
        if (page.statusCode() != 200) {
            throw new AssertionError("the tokens page answered " + page.statusCode());
        }
        HttpResponse<String> created = browser.post("console/tokens.xhtml", Map.of("create", "create",
                "create:name", name, "create:submit", "Create a token",
                "jakarta.faces.ViewState", SignInClient.viewState(page.body())));
        Matcher m = SECRET.matcher(created.body());
        if (!m.find()) {
            throw new AssertionError("no secret on the page: " + created.body());
        }
        return m.group(1);
    }
}

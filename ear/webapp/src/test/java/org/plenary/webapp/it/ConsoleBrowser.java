package org.plenary.webapp.it;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser on the console as the console tests see it: opens pages, and sends their Faces forms as a
 * browser without JavaScript does (a full post naming the button pressed), keeping the page last shown.
 */
final class ConsoleBrowser {

    private final SignInClient client;
    private HttpResponse<String> shown;

    private ConsoleBrowser(SignInClient client) {
        this.client = client;
    }

    /** A browser signed in with this account. */
    static ConsoleBrowser signedIn(URI base, String email, String password) throws Exception {
        SignInClient client = new SignInClient(base);
        HttpResponse<String> answer = client.signIn(email, password);
        if (answer.statusCode() != 302) {
            throw new AssertionError("sign-in of " + email + " answered " + answer.statusCode() + ": "
                    + SignInClient.problems(answer.body()));
        }
        return new ConsoleBrowser(client);
    }

    /** An anonymous browser. */
    static ConsoleBrowser anonymous(URI base) {
        return new ConsoleBrowser(new SignInClient(base));
    }

    HttpResponse<String> open(String path) throws Exception {
        shown = client.get(path);
        return shown;
    }

    int status(String path) throws Exception {
        return open(path).statusCode();
    }

    String body() {
        return shown.body();
    }

    /**
     * Sends a form of the page shown, with these fields and the button pressed; the answer becomes the page shown.
     *
     * @param path   the page the form posts to (its address without the query)
     * @param form   the form's id
     * @param button the button's client id
     */
    HttpResponse<String> submit(String path, String form, Map<String, String> fields, String button) throws Exception {
        Map<String, String> post = new LinkedHashMap<>();
        post.put(form, form);
        post.putAll(fields);
        post.put(button, "");
        post.put("jakarta.faces.ViewState", SignInClient.viewState(shown.body()));
        shown = client.post(path, post);
        return shown;
    }

    /** The client id of the first button whose id ends with {@code :suffix} after this text on the page shown. */
    String buttonAfter(String text, String suffix) {
        int at = shown.body().indexOf(text);
        if (at < 0) {
            throw new AssertionError("'" + text + "' is not on the page");
        }
        Matcher m = Pattern.compile("name=\"([^\"]*:" + Pattern.quote(suffix) + ")\"").matcher(shown.body());
        if (!m.find(at)) {
            throw new AssertionError("no button " + suffix + " after '" + text + "'");
        }
        return m.group(1);
    }

    /** The name of the first field whose name ends with {@code :suffix} after this text on the page shown. */
    String fieldAfter(String text, String suffix) {
        return buttonAfter(text, suffix);
    }

    /** The texts of the page's messages (p:messages and p:message), tags removed. */
    String messages() {
        StringBuilder all = new StringBuilder();
        Matcher m = Pattern.compile("<span class=\"ui-messages?-\\w+-(?:summary|detail)\">(.*?)</span>", Pattern.DOTALL)
                .matcher(shown.body());
        while (m.find()) {
            all.append(m.group(1).replaceAll("<[^>]+>", "").strip()).append('\n');
        }
        return all.toString();
    }
}

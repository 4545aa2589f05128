package org.bwc.articlex.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser session with the Camunda webapps: their session cookie, their CSRF token (cookie {@code XSRF-TOKEN},
 * echoed in the header {@code X-XSRF-TOKEN} on every write) and the REST calls Tasklist makes under
 * {@code /camunda/api/engine/engine/default/}.
 */
public final class WebappSession {

    public static final String ENGINE = "/camunda/api/engine/engine/default";

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebappSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Opens Tasklist (which hands out the CSRF token) and logs in; the response carries the authorised apps. */
    public HttpResponse<String> login(String app, String user, String password) {
        get("/camunda/app/tasklist/default/");
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
        // the session (and with it the token) is renewed at login: fetch the new token as the browser would
        get("/camunda/api/admin/auth/user/default");
        return response;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
    }

    /** A page, as the browser asks for it (with the session cookie, no other credentials). */
    public HttpResponse<String> getHtml(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    public HttpResponse<String> getHal(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/hal+json").GET());
    }

    public HttpResponse<String> postJson(String path, String json, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Accept", accept)
                .header("X-XSRF-TOKEN", csrfToken()).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A write without the CSRF header, as a forged cross-site request would arrive. */
    public HttpResponse<String> postJsonWithoutCsrfToken(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
                .reduce((first, second) -> second).map(HttpCookie::getValue).orElse("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

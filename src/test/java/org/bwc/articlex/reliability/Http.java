package org.bwc.articlex.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * HTTP to an application process ({@link AppNode}) as one of its users, with HTTP Basic: what another system or
 * Tasklist sends. A connection that fails (the process is down) is a {@link Reply} with status 0, not an exception,
 * so callers can count what an outage looked like from outside.
 */
public final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;
    private final String user;
    private final String password;
    private final Duration timeout;

    public Http(String baseUrl) {
        this(baseUrl, null, null, Duration.ofSeconds(60));
    }

    private Http(String baseUrl, String user, String password, Duration timeout) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.timeout = timeout;
    }

    public Http as(String user, String password) {
        return new Http(baseUrl, user, password, timeout);
    }

    /** The harness's users share one password ({@link Lifecycle#PASSWORD}). */
    public Http as(String user) {
        return as(user, Lifecycle.PASSWORD);
    }

    public Http timeout(Duration timeout) {
        return new Http(baseUrl, user, password, timeout);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Reply get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    public Reply send(String method, String path, Object body, Map<String, String> headers) {
        try {
            String payload = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                    .header("Accept", "application/json, application/problem+json")
                    // a program, not a browser: writes without a JSON body pass the Basic doors' CSRF rule this way
                    .header("X-Requested-With", "articlex-reliability")
                    .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
            if (payload != null) {
                request.header("Content-Type", "application/json");
            }
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            headers.forEach(request::header);
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            return new Reply(0, e.toString(), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, e.toString(), Map.of());
        }
    }

    /** A response; status 0 when no connection could be made or the call timed out. */
    public record Reply(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            try {
                return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return status + " " + (body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}

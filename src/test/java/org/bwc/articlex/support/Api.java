package org.bwc.articlex.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the running application over HTTP as a given user, the way another system would. */
public class Api {

    private final TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();
    private final String user;

    public Api(TestRestTemplate http) {
        this(http, null);
    }

    private Api(TestRestTemplate http, String user) {
        this.http = http;
        this.user = user;
    }

    /** Dev users have password = user id. */
    public Api as(String userId) {
        return new Api(http, userId);
    }

    public Response get(String path) {
        return exchange(HttpMethod.GET, path, null, Map.of());
    }

    public Response post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body, Map.of());
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        return exchange(HttpMethod.POST, path, body, headers);
    }

    public Response put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body, Map.of());
    }

    public Response exchange(HttpMethod method, String path, Object body, Map<String, String> headers) {
        HttpHeaders httpHeaders = new HttpHeaders();
        httpHeaders.setContentType(MediaType.APPLICATION_JSON);
        httpHeaders.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.forEach(httpHeaders::add);
        if (user != null) {
            httpHeaders.setBasicAuth(user, user);
        }
        String payload;
        try {
            payload = body == null ? null : body instanceof String text ? text : json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(payload, httpHeaders), String.class);
        return new Response(response, json);
    }

    public record Response(ResponseEntity<String> entity, ObjectMapper mapper) {

        public int status() {
            return entity.getStatusCode().value();
        }

        public String body() {
            return entity.getBody();
        }

        public JsonNode json() {
            try {
                return entity.getBody() == null ? mapper.nullNode() : mapper.readTree(entity.getBody());
            } catch (Exception e) {
                throw new AssertionError("Not JSON: " + entity.getBody(), e);
            }
        }

        public String header(String name) {
            return entity.getHeaders().getFirst(name);
        }

        public String contentType() {
            MediaType type = entity.getHeaders().getContentType();
            return type == null ? null : type.toString();
        }
    }
}

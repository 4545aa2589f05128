package org.bwc.articlex.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bwc.articlex.web.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST API (both doors, {@link Doors}) answers many malformed bodies with 500 — an empty or {@code null}
 * body or variable (a NullPointerException in its DTOs), JSON nested past Jackson's limits, a variable of a type no
 * serializer handles (XML: the application has no XML data format), a Java-serialized object (refused by the engine,
 * but as a server error). A JSON body is therefore read here first, after the size limit ({@link BodySizeLimit}):
 * malformed JSON, nesting deeper than {@value #MAX_DEPTH} levels or a number longer than {@value #MAX_NUMBER_LENGTH}
 * digits is 400; so is, on a task's completion, a start form's submission, a start and the variables of a task or an
 * instance, a body that is not an object or a variable that is not {@code {"value": ..., "type": ...}} of a plain type. Plain types are the ones Tasklist's forms send; an object
 * type (Java or JSON serialized, with a class name of the caller's choosing) never comes from a form. Multipart
 * bodies (deployments, attachments) pass untouched.
 */
class EngineRequestBodies extends OncePerRequestFilter {

    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 100;
    /** Every resource whose body carries typed variables: a task's, a start form's or a start's, an instance's. */
    private static final Pattern TYPED_VARIABLES = Pattern.compile(
            "/task/[^/]+/(complete|submit-form|resolve|variables|localVariables)"
                    + "|/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/(submit-form|start)"
                    + "|/(process-instance|execution)/[^/]+/(variables|localVariables)");
    private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "short", "integer", "long", "double",
            "date", "null", "json");

    private final ObjectMapper json;
    private final ObjectMapper reader = new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    EngineRequestBodies(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String type = request.getContentType();
        return Doors.engineResource(request) == null
                || !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
                || type != null && !type.toLowerCase().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (IOException cutOff) {
            if (request.getAttribute(BodySizeLimit.EXCEEDED) != null) {
                return; // a streamed body over the limit: BodySizeLimit answers 413
            }
            throw cutOff;
        }
        String resource = Doors.engineResource(request);
        boolean typedVariables = TYPED_VARIABLES.matcher(resource).matches();
        List<Map<String, String>> errors = new ArrayList<>();
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            if (typedVariables && !"PUT".equals(request.getMethod())) {
                errors.add(Map.of("field", "body", "message", "a JSON object is required"));
            }
        } else {
            try {
                JsonNode tree = reader.readTree(body);
                if (tree == null || tree.isNull() || tree.isMissingNode()) {
                    errors.add(Map.of("field", "body", "message", "a JSON value is required"));
                } else if (typedVariables) {
                    checkVariables(resource, tree, errors);
                }
            } catch (IOException malformed) {
                errors.add(Map.of("field", "body", "message", "malformed JSON, or nested deeper than " + MAX_DEPTH
                        + " levels, or a number longer than " + MAX_NUMBER_LENGTH + " digits"));
            }
        }
        if (!errors.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    errors.stream().map(e -> e.get("field") + ": " + e.get("message")).reduce((a, b) -> a + "; " + b).orElse(""));
            problem.setTitle("Invalid request");
            problem.setProperty("errors", errors);
            problem.setProperty("message", problem.getDetail()); // what Tasklist shows beside a form
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    /** Completion bodies hold {"variables": {...}}; the variables resources hold the variables themselves. */
    private void checkVariables(String resource, JsonNode tree, List<Map<String, String>> errors) {
        if (!tree.isObject()) {
            errors.add(Map.of("field", "body", "message", "must be a JSON object"));
            return;
        }
        boolean completion = !resource.endsWith("ariables");
        JsonNode variables = tree.get(completion ? "variables" : "modifications");
        if (variables == null || variables.isNull()) {
            return;
        }
        if (!variables.isObject()) {
            errors.add(Map.of("field", "variables", "message", "must be an object of variables"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            String field = "variables." + variable.getKey();
            JsonNode typed = variable.getValue();
            if (!typed.isObject()) {
                errors.add(Map.of("field", field, "message", "must be {\"value\": ..., \"type\": ...}"));
                continue;
            }
            JsonNode type = typed.get("type");
            if (type != null && !type.isNull() && !(type.isTextual() && PLAIN_TYPES.contains(type.asText().toLowerCase()))) {
                errors.add(Map.of("field", field, "message", "type must be one of String, Boolean, Short, Integer, Long, Double, Date, Null, Json"));
                continue;
            }
            JsonNode value = typed.get("value");
            if (value != null && value.isContainerNode()) {
                errors.add(Map.of("field", field, "message", "value must be a string, number, boolean or null"));
            } else if (value != null && value.isTextual() && !PlainText.isPlain(value.asText())) {
                errors.add(Map.of("field", field, "message", PlainText.MESSAGE));
            } else if (type != null && "json".equalsIgnoreCase(type.asText()) && value != null && value.isTextual()
                    && !boundedJson(value.asText())) {
                errors.add(Map.of("field", field, "message", "a Json value must be JSON nested at most " + MAX_DEPTH + " levels"));
            }
        }
    }

    private boolean boundedJson(String text) {
        try {
            reader.readTree(text);
            return true;
        } catch (IOException malformed) {
            return false;
        }
    }

    /** The body read once here, served again to the engine. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

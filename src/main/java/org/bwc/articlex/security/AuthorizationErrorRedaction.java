package org.bwc.articlex.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine REST API answers a refused call with the engine's own message, which names the resource refused —
 * e.g. the process instance behind another State's business key when a message is correlated to it. For a party
 * (a State or an organisation) a 403 from {@code /engine-rest} therefore carries only that it was refused, not
 * which resource of whose case stood behind it — on {@code /engine-rest} and on the webapps' engine API alike. The
 * secretariat keeps the full diagnostic.
 */
class AuthorizationErrorRedaction extends OncePerRequestFilter {

    private final ObjectMapper json;

    AuthorizationErrorRedaction(ObjectMapper json) {
        this.json = json;
    }

    /** Both doors to the engine API: {@code /engine-rest} and Tasklist's {@code /camunda/api/engine} ({@link Doors}). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return Doors.engineResource(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller user = Doors.user(request).orElse(null);
        if (user == null || !Doors.isParty(user)) {
            chain.doFilter(request, response);
            return;
        }
        RedactingResponse wrapper = new RedactingResponse(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            if (wrapper.redacted()) {
                byte[] original = wrapper.swallowed();
                if (!namesResources(original)) {
                    // a refusal of the project's own guards names only what the party sent
                    response.setContentLength(original.length);
                    response.getOutputStream().write(original);
                    return;
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "AuthorizationException");
                body.put("message", "You are not authorized to do this. Your State or organisation works its own cases "
                        + "through its tasks and the /api endpoints.");
                body.put("userId", user.userId());
                byte[] bytes = json.writeValueAsBytes(body);
                response.setContentType("application/json");
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            }
        }
    }

    /** The engine's permission failures list the resources refused (ids of other parties' cases among them). */
    private boolean namesResources(byte[] body) {
        try {
            JsonNode error = json.readTree(body);
            JsonNode missing = error.path("missingAuthorizations");
            return missing.isArray() && !missing.isEmpty() || error.path("resourceId").isTextual()
                    || error.path("message").asText("").contains("does not have");
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
    }

    /** Passes everything through except the body of a 403, which it swallows for the redacted one. */
    private static final class RedactingResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream swallowed = new ByteArrayOutputStream();
        private int status = SC_OK;
        private ServletOutputStream stream;
        private PrintWriter writer;

        RedactingResponse(HttpServletResponse response) {
            super(response);
        }

        boolean redacted() {
            return status == SC_FORBIDDEN;
        }

        byte[] swallowed() {
            if (writer != null) {
                writer.flush();
            }
            return swallowed.toByteArray();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            if (sc == SC_FORBIDDEN) {
                super.setStatus(sc);
            } else {
                super.sendError(sc, msg);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void setContentLength(int len) {
            if (!redacted()) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!redacted()) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!(redacted() && "Content-Length".equalsIgnoreCase(name))) {
                super.setHeader(name, value);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!redacted()) {
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        // synchronous only
                    }

                    @Override
                    public void write(int b) {
                        swallowed.write(b);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!redacted()) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(swallowed, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!redacted()) {
                super.flushBuffer();
            }
        }
    }
}

package org.bwc.articlex.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.PrintWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body on {@code /api}, {@code /engine-rest} and the webapps' engine API: a declared
 * {@code Content-Length} above the limit is refused with 413 before a byte is read; a streamed body (no length) is
 * counted as it is read and cut off at the limit — the call fails, nothing is stored, and the answer is 413 too.
 * Multipart bodies (an administrator's deployment) get the larger {@code maxUploadSize}; Spring's and Tomcat's own
 * limits ({@code spring.servlet.multipart.*}, {@code server.tomcat.*}) stay in place underneath.
 */
class BodySizeLimit extends OncePerRequestFilter {

    static final String EXCEEDED = BodySizeLimit.class.getName() + ".EXCEEDED";

    private final ObjectMapper json;
    private final long maxBodySize;
    private final long maxUploadSize;

    BodySizeLimit(ObjectMapper json, long maxBodySize, long maxUploadSize) {
        this.json = json;
        this.maxBodySize = maxBodySize;
        this.maxUploadSize = maxUploadSize;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = Doors.path(request);
        return !(path.startsWith("/api/") || path.equals("/api") || Doors.engineResource(request) != null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long limit = type != null && type.toLowerCase().startsWith("multipart/") ? maxUploadSize : maxBodySize;
        if (request.getContentLengthLong() > limit) {
            tooLarge(response, limit);
            return;
        }
        chain.doFilter(limited(request, limit), new SilencedOnceExceeded(response, request));
        if (request.getAttribute(EXCEEDED) != null && !response.isCommitted()) {
            response.reset();
            tooLarge(response, limit);
        }
    }

    private void tooLarge(HttpServletResponse response, long limit) throws IOException {
        // the client may still be sending: tell it not to keep the connection for the rest of the body
        response.setHeader("Connection", "close");
        Problems.write(json, response, HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large",
                "The request body may be at most " + limit / 1024 + " KB");
    }

    /** The request with a body that fails once more than {@code limit} bytes have been read. */
    static HttpServletRequest limited(HttpServletRequest request, long limit) {
        return new HttpServletRequestWrapper(request) {

            private ServletInputStream stream;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (stream == null) {
                    stream = new Counting(super.getInputStream(), limit, request);
                }
                return stream;
            }

            @Override
            public BufferedReader getReader() throws IOException {
                String encoding = getCharacterEncoding();
                return new BufferedReader(new InputStreamReader(getInputStream(),
                        encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
            }
        };
    }

    /**
     * Once the body has been cut off, whatever the application answers (Jersey maps the read failure to a 500 and
     * commits it) is swallowed, so that the 413 can still be written.
     */
    private static final class SilencedOnceExceeded extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final ServletOutputStream sink = new ServletOutputStream() {
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
                // swallowed
            }
        };

        SilencedOnceExceeded(HttpServletResponse response, HttpServletRequest request) {
            super(response);
            this.request = request;
        }

        private boolean silenced() {
            return request.getAttribute(EXCEEDED) != null;
        }

        @Override
        public void setStatus(int sc) {
            if (!silenced()) {
                super.setStatus(sc);
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (!silenced()) {
                super.sendError(sc, msg);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            if (!silenced()) {
                super.sendError(sc);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!silenced()) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!silenced()) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!silenced()) {
                super.setContentType(type);
            }
        }

        @Override
        public void setContentLength(int len) {
            if (!silenced()) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!silenced()) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return silenced() ? sink : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return silenced() ? new PrintWriter(sink) : super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!silenced()) {
                super.flushBuffer();
            }
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final HttpServletRequest request;
        private long count;

        Counting(ServletInputStream in, long limit, HttpServletRequest request) {
            this.in = in;
            this.limit = limit;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                request.setAttribute(EXCEEDED, Boolean.TRUE);
                throw new IOException("Request body larger than " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}

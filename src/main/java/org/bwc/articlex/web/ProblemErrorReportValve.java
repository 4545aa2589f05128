package org.bwc.articlex.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests itself, before the application sees them (an encoded slash {@code %2F} in the path, a
 * malformed request line), and its error report is an HTML page naming the server. This one writes a bare
 * problem+json instead, naming nothing.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String body = status == 400
                ? "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"path: the request line or address is malformed\","
                        + "\"errors\":[{\"field\":\"path\",\"message\":\"malformed or refused path\"}]}"
                : "{\"type\":\"about:blank\",\"title\":\"Error\",\"status\":" + status + "}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the connection is gone; nothing more to say
        }
    }
}

package org.bwc.articlex.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which state-changing requests with Basic credentials the CSRF rule lets through (SECURITY.md, "CSRF"). */
class BasicAuthCsrfGuardTest {

    private final BasicAuthCsrfGuard guard = new BasicAuthCsrfGuard(new ObjectMapper(), "https://articlex.example.org");

    @ParameterizedTest(name = "Origin={0} Referer={1} X-Requested-With={2} Content-Type={3} → {4}")
    @CsvSource(nullValues = "-", value = {
            // origin                          referer                                     xrw   content type                         allowed
            "http://app.local:8080,            -,                                          -,    application/x-www-form-urlencoded,    true",
            "https://articlex.example.org,     -,                                          -,    multipart/form-data,                  true",
            "https://articlex.example.org:443, -,                                          -,    text/plain,                           true",
            "HTTP://APP.LOCAL:8080,            -,                                          -,    text/plain,                           true",
            "https://evil.example,             -,                                          -,    application/json,                     false",
            "https://evil.example,             http://app.local:8080/dashboard,            x,    application/json,                     false",
            "null,                             -,                                          -,    application/json,                     false",
            "http://app.local:8081,            -,                                          -,    application/json,                     false",
            "https://app.local:8080,           -,                                          -,    application/json,                     false",
            "-,                                http://app.local:8080/dashboard,            -,    application/x-www-form-urlencoded,    true",
            "-,                                https://evil.example/page,                  x,    application/json,                     false",
            "-,                                -,                                          -,    application/json,                     true",
            "-,                                -,                                          -,    application/json;charset=UTF-8,       true",
            "-,                                -,                                          -,    application/x-www-form-urlencoded,    false",
            "-,                                -,                                          -,    multipart/form-data; boundary=x,      false",
            "-,                                -,                                          -,    Text/Plain,                           false",
            "-,                                -,                                          -,    -,                                    false",
            "-,                                -,                                          x,    multipart/form-data; boundary=x,      true",
            "-,                                -,                                          x,    -,                                    true"})
    void aWriteMustComeFromThisSiteOrFromAProgram(String origin, String referer, String requestedWith, String contentType,
            boolean allowed) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/requests");
        request.setScheme("http");
        request.setServerName("app.local");
        request.setServerPort(8080);
        request.addHeader("Authorization", "Basic a2VuLW5jcDprZW4tbmNw");
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        if (requestedWith != null) {
            request.addHeader("X-Requested-With", requestedWith);
        }
        if (contentType != null) {
            request.setContentType(contentType);
        }
        assertThat(guard.refusal(request) == null).isEqualTo(allowed);
    }
}

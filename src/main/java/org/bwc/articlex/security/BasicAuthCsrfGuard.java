package org.bwc.articlex.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site request forgery on the HTTP Basic doors ({@code /api}, {@code /engine-rest}, {@code /dashboard},
 * {@code /actuator}). They keep no session, but a browser that has been given Basic credentials (a manager opening
 * {@code /dashboard}) sends them again with any request to the site — also with a form another site submits. So a
 * state-changing request (anything but GET, HEAD, OPTIONS, TRACE) that carries Basic credentials must show that it
 * comes from this site or from a program, not from another site's page:
 * <ol>
 * <li>an {@code Origin} header must be this site's own origin (browsers send it with every cross-origin write; the
 * opaque {@code null} origin is refused);</li>
 * <li>without {@code Origin}, a {@code Referer} must be this site's;</li>
 * <li>with neither, the request must carry something a cross-site page cannot send without a CORS preflight (which
 * this application never grants): an {@code X-Requested-With} header, or a {@code Content-Type} other than the
 * three a plain HTML form can produce ({@code application/x-www-form-urlencoded}, {@code multipart/form-data},
 * {@code text/plain}). A program posting a form or a multipart deployment adds {@code X-Requested-With}.</li>
 * </ol>
 * Anything else is refused with 403 before the credentials are even checked. This site's origin is the request's
 * own scheme, host and port, or {@code articlex.public-base-url}. See SECURITY.md, "CSRF".
 */
class BasicAuthCsrfGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_CONTENT_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final ObjectMapper json;
    private final String publicOrigin;

    BasicAuthCsrfGuard(ObjectMapper json, String publicBaseUrl) {
        this.json = json;
        this.publicOrigin = origin(publicBaseUrl);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return SAFE_METHODS.contains(request.getMethod())
                || authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = refusal(request);
        if (refusal != null) {
            Problems.write(json, response, HttpStatus.FORBIDDEN, "Cross-site request refused", refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the request looks forged, or null when it does not. */
    String refusal(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return sameSite(request, origin) ? null : "A write from another site's page (Origin " + origin + ") is refused";
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            return sameSite(request, origin(referer)) ? null : "A write from another site's page (Referer) is refused";
        }
        if (request.getHeader("X-Requested-With") != null) {
            return null;
        }
        String type = request.getContentType();
        String mediaType = type == null ? null : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType != null && !mediaType.isEmpty() && !FORM_CONTENT_TYPES.contains(mediaType)) {
            return null;
        }
        return "A write with HTTP Basic credentials needs a JSON body, an X-Requested-With header or this site's Origin";
    }

    private boolean sameSite(HttpServletRequest request, String origin) {
        if (origin == null || "null".equals(origin)) {
            return false;
        }
        String normalised = origin(origin);
        return normalised != null && (normalised.equals(ownOrigin(request)) || normalised.equals(publicOrigin));
    }

    private static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** scheme://host:port, lower case, with the scheme's default port made explicit; null when unparseable. */
    static String origin(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

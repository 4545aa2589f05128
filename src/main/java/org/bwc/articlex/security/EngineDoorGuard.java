package org.bwc.articlex.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a party (a State Party's or an organisation's user) may not do through the engine API, on either door
 * ({@link Doors}), decided from the path and the user alone — before the engine or Jersey reads a byte of the body:
 * <ul>
 * <li>correlate a message, throw a signal or evaluate a condition ({@code /message}, {@code /signal},
 * {@code /condition}): the answer (403 for another State's case, 400 for none, matches on any variable value)
 * would be an oracle on every case; the project's {@code /api} sends the messages a party may send;</li>
 * <li>deploy, upload an attachment or a binary variable;</li>
 * <li>start a process otherwise than by submitting its start form ({@link StartFormAccess}): {@code /start} would
 * skip the form's rules;</li>
 * <li>send a body larger than {@link #PARTY_BODY_LIMIT} (a task's answer is a few kilobytes).</li>
 * </ul>
 * Correlating a message, throwing a signal or evaluating a condition is refused to the secretariat too
 * (caseworkers and managers): none of their tasks needs it — every process's messages are sent by the project's
 * {@code /api} or by the processes themselves — and without a match the engine answers 400 or 204 before any
 * authorization is checked, so a stray {@code PledgeConfirmed} or {@code RequestWithdrawn} is at best an oracle and
 * at worst a case moved past its own checks. Administrators keep it (repairs). Otherwise the engine's authorizations
 * decide for the secretariat.
 */
class EngineDoorGuard extends OncePerRequestFilter {

    /** The largest body a party sends to the engine API: its task's form answers. */
    static final long PARTY_BODY_LIMIT = 64 * 1024;

    private static final Pattern CORRELATION = Pattern.compile("/(message|signal|condition)(/.*)?");

    private static final List<Pattern> REFUSED_TO_PARTIES = List.of(
            CORRELATION,
            Pattern.compile("/deployment/create|/deployment/[^/]+/redeploy"),
            Pattern.compile("/task/[^/]+/attachment(/.*)?"),
            Pattern.compile("/process-instance/[^/]+/comment(/.*)?"),
            Pattern.compile(".*/(variables|localVariables)/[^/]+/data"),
            // a party starts a process only through its start form (StartFormAccess): never a plain /start or a restart
            Pattern.compile("/process-definition(?!/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/submit-form$)(/.*)?"));

    private final ObjectMapper json;

    EngineDoorGuard(ObjectMapper json) {
        this.json = json;
    }

    private static boolean isAdministrator(Caller caller) {
        return caller.groups().contains(Caller.ADMINS) || caller.groups().contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return Doors.engineResource(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> user = Doors.user(request);
        String resource = Doors.engineResource(request);
        boolean writes = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && !"OPTIONS".equals(request.getMethod());
        if (user.isPresent() && !Doors.isParty(user.get()) && !isAdministrator(user.get()) && writes
                && CORRELATION.matcher(resource).matches()) {
            Problems.write(json, response, HttpStatus.FORBIDDEN, "Forbidden", "Messages, signals and conditions are sent by "
                    + "the processes and the /api endpoints; through the engine API only an administrator sends them");
            return;
        }
        if (user.isEmpty() || !Doors.isParty(user.get())) {
            chain.doFilter(request, response);
            return;
        }
        if (user.get().groups().contains(Caller.SCRAPERS)) {
            Problems.write(json, response, HttpStatus.FORBIDDEN, "Forbidden", "The scrape-only account reads /actuator/prometheus only");
            return;
        }
        if (writes && REFUSED_TO_PARTIES.stream().anyMatch(p -> p.matcher(resource).matches())) {
            Problems.write(json, response, HttpStatus.FORBIDDEN, "Forbidden", "A State Party or organisation works its cases "
                    + "through its own tasks and the /api endpoints; this engine operation is not open to it");
            return;
        }
        if (writes && request.getContentLengthLong() > PARTY_BODY_LIMIT) {
            Problems.write(json, response, HttpStatus.FORBIDDEN, "Forbidden", "A State Party or organisation may send at most "
                    + PARTY_BODY_LIMIT / 1024 + " KB to the engine API (its task's answers)");
            return;
        }
        chain.doFilter(writes ? BodySizeLimit.limited(request, PARTY_BODY_LIMIT) : request, response);
    }
}

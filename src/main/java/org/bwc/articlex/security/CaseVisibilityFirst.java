package org.bwc.articlex.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.reference.Organisations;
import org.bwc.articlex.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * In {@code /api}, a case the caller may not see answers 404 — the same answer as a case that does not exist — and
 * it does so <em>before</em> anything else is looked at: the body's validation (400), the case's state (409), a
 * currency or an offer (400/409) would otherwise tell another party that the case exists and something of what it
 * holds. Runs after the handler is chosen and before its arguments (the body) are read, for every {@code /api}
 * endpoint with a request's or an offer's id in its path:
 * <ul>
 * <li>a request ({@code /api/requests/{id}/...}) is visible to the secretariat, its requesting State, and the
 * offering party of its matched offer or of any offer ever proposed for it (it was shown the request; the
 * services then decide what each may do: a lapsed proposal is a 409, not a secret);</li>
 * <li>an offer ({@code /api/offers/{id}}) may be read by every user (published offers), but changed only by its
 * offering party and the secretariat;</li>
 * <li>a concern ({@code /api/concerns/{id}/...}: reading it, stating a position) is visible to the secretariat and
 * the party that raised it only.</li>
 * </ul>
 * The funding endpoints ({@code /pledges/**}, {@code /funding}) decide themselves (funding.Donors): a registered
 * provider may pledge to a request, and so see its funding, before any offer of its is proposed for it.
 */
class CaseVisibilityFirst implements HandlerInterceptor {

    private static final String DECIDED_BY_FUNDING = "/api/requests/{id}/pledges";
    private static final String FUNDING_VIEW = "/api/requests/{id}/funding";

    private final JdbcClient jdbc;

    CaseVisibilityFirst(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(pattern instanceof String path) || variables == null || !variables.containsKey("id")
                || path.startsWith(DECIDED_BY_FUNDING) || path.equals(FUNDING_VIEW)) {
            return true;
        }
        String id = variables.get("id");
        Caller caller = Doors.user(request).orElse(null);
        if (caller == null) {
            return true; // Spring Security has refused it already
        }
        if (path.startsWith("/api/requests/{id}") && !requestVisible(id, caller)) {
            throw new NotFoundException("No request " + id);
        }
        if (path.startsWith("/api/offers/{id}") && !offerVisible(id, caller, "GET".equals(request.getMethod()))) {
            throw new NotFoundException("No offer " + id);
        }
        if (path.startsWith("/api/concerns/{id}") && !concernVisible(id, caller)) {
            throw new NotFoundException("No concern " + id);
        }
        return true;
    }

    private boolean requestVisible(String id, Caller caller) {
        List<String> state = jdbc.sql("SELECT requesting_state FROM assistance_request WHERE id = ?").param(id)
                .query(String.class).list();
        if (state.isEmpty()) {
            return false;
        }
        if (caller.isSecretariat() || caller.represents(state.get(0))) {
            return true;
        }
        List<String> offeringParties = jdbc.sql("""
                SELECT o.offering_party FROM offer o
                WHERE o.id IN (SELECT r.matched_offer_id FROM assistance_request r WHERE r.id = ?)
                   OR o.id IN (SELECT p.offer_id FROM match_proposal p WHERE p.request_id = ?)""")
                .params(id, id).query(String.class).list();
        return offeringParties.stream().anyMatch(party -> caller.groups().contains(groupOf(party)));
    }

    private boolean offerVisible(String id, Caller caller, boolean reading) {
        List<String> party = jdbc.sql("SELECT offering_party FROM offer WHERE id = ?").param(id).query(String.class).list();
        return !party.isEmpty() && (reading || caller.isSecretariat() || caller.groups().contains(groupOf(party.get(0))));
    }

    private boolean concernVisible(String id, Caller caller) {
        List<String> party = jdbc.sql("SELECT raised_by FROM concern WHERE id = ?").param(id).query(String.class).list();
        return !party.isEmpty() && (caller.isSecretariat() || caller.groups().contains(groupOf(party.get(0))));
    }

    private static String groupOf(String party) {
        return (Organisations.isRecognised(party) ? Caller.ORGANISATION_GROUP_PREFIX : Caller.STATE_GROUP_PREFIX) + party;
    }
}

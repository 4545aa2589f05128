package org.bwc.articlex.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.bwc.articlex.reference.Organisations;
import org.bwc.articlex.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
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
 * offering party of its matched offer or of any offer ever proposed for it that the requesting State's consent to
 * circulation still admits (it was shown the request; the services then decide what each may do: a lapsed proposal
 * is a 409, not a secret; docs/rules.md, "Consent to circulation");</li>
 * <li>an offer ({@code /api/offers/{id}}) may be read by every user (published offers), but changed only by its
 * offering party and the secretariat;</li>
 * <li>a concern ({@code /api/concerns/{id}/...}: reading it, stating a position) is visible to the secretariat and
 * the party that raised it only.</li>
 * </ul>
 * The States' portal ({@code /portal/requests/{id}}, {@code /portal/offers/{id}}; docs/portal.md) is checked here by
 * the same rules, an offer as for a change: its page is the offering party's own.
 * The funding endpoints ({@code /pledges/**}, {@code /funding}) decide themselves (funding.Donors): a registered
 * provider may pledge to a request, and so see its funding, before any offer of its is proposed for it.
 */
class CaseVisibilityFirst implements HandlerInterceptor {

    private static final String DECIDED_BY_FUNDING = "/api/requests/{id}/pledges";
    private static final String FUNDING_VIEW = "/api/requests/{id}/funding";
    private static final String PORTAL_REQUEST = "/portal/requests/{id}";
    private static final String PORTAL_OFFER = "/portal/offers/{id}";

    // looked up on first use: the owning packages' beans depend on this configuration's beans in turn
    private final ObjectProvider<CaseParties.OfRequests> requests;
    private final ObjectProvider<CaseParties.OfOffers> offers;
    private final ObjectProvider<CaseParties.OfConcerns> concerns;

    CaseVisibilityFirst(ObjectProvider<CaseParties.OfRequests> requests, ObjectProvider<CaseParties.OfOffers> offers,
            ObjectProvider<CaseParties.OfConcerns> concerns) {
        this.requests = requests;
        this.offers = offers;
        this.concerns = concerns;
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
        if ((path.startsWith("/api/requests/{id}") || path.startsWith(PORTAL_REQUEST)) && !requestVisible(id, caller)) {
            throw new NotFoundException("No request " + id);
        }
        if (path.startsWith("/api/offers/{id}") && !offerVisible(id, caller, "GET".equals(request.getMethod()))) {
            throw new NotFoundException("No offer " + id);
        }
        // the portal's page of an offer is its party's case file (tasks, notifications): not the published offer
        if (path.startsWith(PORTAL_OFFER) && !offerVisible(id, caller, false)) {
            throw new NotFoundException("No offer " + id);
        }
        if (path.startsWith("/api/concerns/{id}") && !concernVisible(id, caller)) {
            throw new NotFoundException("No concern " + id);
        }
        return true;
    }

    private boolean requestVisible(String id, Caller caller) {
        Optional<String> state = requests.getObject().requestingState(id);
        if (state.isEmpty()) {
            return false;
        }
        return caller.isSecretariat() || caller.represents(state.get())
                || offers.getObject().offeringPartiesShown(id).stream().anyMatch(party -> caller.groups().contains(groupOf(party)));
    }

    private boolean offerVisible(String id, Caller caller, boolean reading) {
        Optional<String> party = offers.getObject().offeringParty(id);
        return party.isPresent() && (reading || caller.isSecretariat() || caller.groups().contains(groupOf(party.get())));
    }

    private boolean concernVisible(String id, Caller caller) {
        Optional<String> party = concerns.getObject().raisedBy(id);
        return party.isPresent() && (caller.isSecretariat() || caller.groups().contains(groupOf(party.get())));
    }

    private static String groupOf(String party) {
        return (Organisations.isRecognised(party) ? Caller.ORGANISATION_GROUP_PREFIX : Caller.STATE_GROUP_PREFIX) + party;
    }
}

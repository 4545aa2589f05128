package org.bwc.articlex.intake;

import java.util.List;

/** Builds the API's view of a request from its rows. */
final class RequestViews {

    private RequestViews() {
    }

    static RequestView of(RequestRecord r, List<RequestView.HistoryEntry> history, List<RequestView.ItemView> items,
            RequestSections.Screening screening, RequestSections.FollowUp followUp, Circulation circulation) {
        SubmitRequest.EndUse endUse = r.endUseStatement() == null && r.endUseFacility() == null && r.endUseBiosafetyLevel() == null
                ? null : new SubmitRequest.EndUse(r.endUseStatement(), r.endUseFacility(), r.endUseBiosafetyLevel());
        Money cost = r.estimatedCostAmount() == null ? null : Money.of(r.estimatedCostAmount(), r.estimatedCostCurrency());
        return new RequestView(r.id(), r.requestingState(), r.status(), r.title(), r.category(), r.createdAt(),
                r.updatedAt(), screening, r.matchedOfferId(), history, r.description(), items, endUse, cost,
                r.preferredLanguage(), r.submittedBy(), r.enteredOnBehalf(), followUp, circulation.mode(), circulation.providers());
    }
}

package org.bwc.articlex.screening;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.bwc.articlex.intake.RequestService;
import org.bwc.articlex.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of a request's Article III / Article X decisions; the requesting State sees its own. */
@RestController
class DecisionController {

    private final RequestService requests;
    private final DecisionRecords decisions;

    DecisionController(RequestService requests, DecisionRecords decisions) {
        this.requests = requests;
        this.decisions = decisions;
    }

    @Operation(operationId = "requestDecisions", summary = "List the Article III / Article X decisions on a request")
    @GetMapping("/api/requests/{id}/decisions")
    List<DecisionRecord> decisions(@PathVariable String id, Caller caller) {
        requests.requireVisible(id, caller);
        return decisions.forRequest(id);
    }
}

package org.bwc.articlex.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.bwc.articlex.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FollowUpController {

    private final FollowUpService followUps;

    FollowUpController(FollowUpService followUps) {
        this.followUps = followUps;
    }

    /** The requesting State's or the offering party's answer a year on: the same task as in its Tasklist. */
    @Operation(operationId = "answerFollowUp", summary = "Answer the follow-up a year after completion",
            description = "The requesting State or the offering party, while its follow-up task is open (else 409).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = FollowUpAnswer.class), examples = @ExampleObject(name = "answer", value = """
            { "lastingImpact": "The laboratory runs its own biosafety course", "equipmentInUse": "YES",
              "staffInPost": "PARTLY", "staffCount": 14, "furtherNeeds": "A refresher course for new staff" }"""))))
    @ApiResponse(responseCode = "202", description = "Answer recorded")
    @PostMapping("/api/requests/{id}/follow-up")
    ResponseEntity<Void> answer(@PathVariable String id, @RequestBody(required = false) JsonNode body, Caller caller) {
        followUps.answer(id, body, caller);
        return ResponseEntity.accepted().build();
    }

    @Operation(operationId = "followOnDraft", summary = "Draft a new request from the further need recorded at follow-up")
    @GetMapping("/api/requests/{id}/follow-on-draft")
    Map<String, Object> followOnDraft(@PathVariable String id, Caller caller) {
        return followUps.followOnDraft(id, caller);
    }

    /** Managers and administrators (the security filter guards {@code /api/metrics/**}). */
    @Operation(operationId = "followUpFigures", summary = "Follow-up figures of a year (managers)")
    @GetMapping("/api/metrics/follow-up")
    FollowUpFigures figures(@RequestParam(required = false) Integer year) {
        return followUps.figures(year);
    }
}

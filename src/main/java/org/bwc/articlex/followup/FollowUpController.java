package org.bwc.articlex.followup;

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
    @PostMapping("/api/requests/{id}/follow-up")
    ResponseEntity<Void> answer(@PathVariable String id, @RequestBody(required = false) JsonNode body, Caller caller) {
        followUps.answer(id, body, caller);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/api/requests/{id}/follow-on-draft")
    Map<String, Object> followOnDraft(@PathVariable String id, Caller caller) {
        return followUps.followOnDraft(id, caller);
    }

    /** Managers and administrators (the security filter guards {@code /api/metrics/**}). */
    @GetMapping("/api/metrics/follow-up")
    FollowUpFigures figures(@RequestParam(required = false) Integer year) {
        return followUps.figures(year);
    }
}

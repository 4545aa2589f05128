package org.bwc.articlex.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/requests")
@Validated
class RequestController {

    private final RequestService requests;
    private final IdempotentSubmissions submissions;

    RequestController(RequestService requests, IdempotentSubmissions submissions) {
        this.requests = requests;
        this.submissions = submissions;
    }

    @PostMapping
    ResponseEntity<RequestView> submit(@Valid @RequestBody SubmitRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Caller caller) {
        RequestView view = submissions.submit(body, idempotencyKey, caller);
        return ResponseEntity.created(URI.create("/api/requests/" + view.id())).body(view);
    }

    @GetMapping("/{id}")
    RequestView find(@PathVariable String id, Caller caller) {
        return requests.find(id, caller);
    }

    @GetMapping
    Page<RequestView> search(@RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) String state, @RequestParam(required = false) AssistanceCategory category,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        return requests.search(status, state, category, page, size, caller);
    }

    @PostMapping("/{id}/clarification")
    ResponseEntity<Void> clarify(@PathVariable String id, @Valid @RequestBody Clarification body, Caller caller) {
        requests.answerClarification(id, body.answer(), body.items(), caller);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{id}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String id, @Valid @RequestBody Withdrawal body, Caller caller) {
        requests.withdraw(id, body.reason(), caller);
        return ResponseEntity.accepted().build();
    }

    record Clarification(@NotBlank @Size(max = 4000) String answer,
            @Size(max = 100, message = "at most 100 items per request") List<SubmitRequest.@NotNull @Valid Item> items) {
    }

    record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
    }
}

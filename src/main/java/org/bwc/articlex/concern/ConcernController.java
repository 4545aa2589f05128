package org.bwc.articlex.concern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.bwc.articlex.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/concerns} (docs/concerns.md). */
@RestController
@RequestMapping("/api/concerns")
@Validated
class ConcernController {

    private final ConcernService concerns;

    ConcernController(ConcernService concerns) {
        this.concerns = concerns;
    }

    @PostMapping
    ResponseEntity<ConcernView> raise(@Valid @RequestBody RaiseConcern body, Caller caller) {
        ConcernView view = concerns.raise(body, caller);
        return ResponseEntity.created(URI.create("/api/concerns/" + view.id())).body(view);
    }

    @GetMapping
    List<ConcernView> list(@RequestParam(required = false) ConcernStatus status, Caller caller) {
        return concerns.list(status, caller);
    }

    @GetMapping("/{id}")
    ConcernView find(@PathVariable String id, Caller caller) {
        return concerns.find(id, caller);
    }

    @PostMapping("/{id}/positions")
    ResponseEntity<ConcernView> position(@PathVariable String id, @Valid @RequestBody PositionBody body, Caller caller) {
        return ResponseEntity.status(201).body(concerns.addPosition(id, body.statement(), caller));
    }

    record RaiseConcern(@NotBlank @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be an ISO3 State code or an organisation code") String raisedBy,
            @NotBlank @Pattern(regexp = "REQ-\\d{4}-\\d{4,8}", message = "must be a request reference such as REQ-2026-0001") String requestId,
            @NotBlank @Size(max = ConcernRules.MAX_TEXT) String statement) {
    }

    record PositionBody(@NotBlank @Size(max = ConcernRules.MAX_TEXT) String statement) {
    }
}

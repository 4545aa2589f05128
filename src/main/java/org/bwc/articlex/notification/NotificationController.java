package org.bwc.articlex.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.InvalidInputException;
import org.bwc.articlex.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notification feeds, oldest first: a State's ({@code /api/states/{iso3}/notifications}, its own users and the
 * secretariat), an organisation's, and the secretariat's view of all of them with the re-send of a notification
 * whose e-mail failed.
 */
@RestController
@RequestMapping("/api")
@Validated
class NotificationController {

    private final NotificationRepository notifications;
    private final NotificationDelivery delivery;
    private final StatesRegistry states;
    private final PartyDirectory parties;

    NotificationController(NotificationRepository notifications, NotificationDelivery delivery, StatesRegistry states,
            PartyDirectory parties) {
        this.notifications = notifications;
        this.delivery = delivery;
        this.states = states;
        this.parties = parties;
    }

    @Operation(operationId = "stateNotifications", summary = "Read a State Party's notification feed, oldest first")
    @GetMapping("/states/{iso3}/notifications")
    List<NotificationView> stateFeed(@PathVariable String iso3, @RequestParam(required = false) String since,
            @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int limit, Caller caller) {
        String code = iso3.toUpperCase(Locale.ROOT);
        if (!states.isStateParty(code)) {
            throw new NotFoundException("No State Party " + iso3);
        }
        if (!caller.canSee(code)) {
            throw new ForbiddenException("You may read the notifications of the State Party you represent only");
        }
        return feed(code, since, null, limit, caller);
    }

    @Operation(operationId = "organisationNotifications", summary = "Read an organisation's notification feed, oldest first")
    @GetMapping("/organisations/{code}/notifications")
    List<NotificationView> organisationFeed(@PathVariable String code, @RequestParam(required = false) String since,
            @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int limit, Caller caller) {
        PartyDirectory.Party party = parties.find(code)
                .filter(p -> p.kind() == PartyDirectory.Party.Kind.ORGANISATION)
                .orElseThrow(() -> new NotFoundException("No recognised organisation " + code));
        if (!caller.isSecretariat() && !caller.groups().contains(Caller.ORGANISATION_GROUP_PREFIX + party.code())) {
            throw new ForbiddenException("You may read the notifications of the organisation you represent only");
        }
        return feed(party.code(), since, null, limit, caller);
    }

    /** The secretariat's view of every notification, e.g. {@code ?email=FAILED} for those that need a re-send. */
    @Operation(operationId = "allNotifications", summary = "List every notification (secretariat)")
    @GetMapping("/notifications")
    List<NotificationView> all(@RequestParam(required = false) EmailState email,
            @RequestParam(required = false) String party, @RequestParam(required = false) String since,
            @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int limit, Caller caller) {
        requireSecretariat(caller);
        return feed(party == null ? null : party.toUpperCase(Locale.ROOT), since, email, limit, caller);
    }

    @Operation(operationId = "findNotification", summary = "Read one notification")
    @GetMapping("/notifications/{id}")
    NotificationView one(@PathVariable String id, Caller caller) {
        Notification notification = notifications.find(id)
                .filter(n -> caller.isSecretariat() || caller.represents(n.recipientParty())
                        || caller.groups().contains(Caller.ORGANISATION_GROUP_PREFIX + n.recipientParty()))
                .orElseThrow(() -> new NotFoundException("No notification " + id));
        return NotificationView.of(notification, caller.isSecretariat());
    }

    /** 202: queued for delivery; 409 when it was already sent (never twice) or e-mail is switched off. */
    @Operation(operationId = "resendNotification", summary = "Send a notification's e-mail again (secretariat)",
            description = "Only when its e-mail failed: one already sent is never sent twice (409).")
    @ApiResponse(responseCode = "202", description = "Queued for delivery")
    @PostMapping("/notifications/{id}/resend")
    ResponseEntity<NotificationView> resend(@PathVariable String id, Caller caller) {
        requireSecretariat(caller);
        return ResponseEntity.accepted().body(NotificationView.of(delivery.resend(id), true));
    }

    private List<NotificationView> feed(String party, String since, EmailState email, int limit, Caller caller) {
        return notifications.feed(party, instant(since), email, limit).stream()
                .map(n -> NotificationView.of(n, caller.isSecretariat())).toList();
    }

    private static void requireSecretariat(Caller caller) {
        if (!caller.isSecretariat()) {
            throw new ForbiddenException("Only the secretariat (caseworkers, managers, administrators) may do this");
        }
    }

    private static Instant instant(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since", "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z, was: " + since);
        }
    }
}

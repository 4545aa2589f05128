package org.bwc.articlex.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.bwc.articlex.intake.RequestView;
import org.bwc.articlex.matching.OfferService;
import org.bwc.articlex.matching.OfferView;
import org.bwc.articlex.notification.PartyNotifications;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /portal}, "My cases" (docs/portal.md): a State's or an organisation's requests and offers with their status,
 * each case with its timeline, the screening's outcome in words, what the party is expected to do next (its Tasklist
 * task and deadline) and its notifications, in the party's UN language. Read-only, on the webapps' login or HTTP Basic
 * (security.SecurityConfiguration). A case the user may not see is refused before this controller runs
 * (security.CaseVisibilityFirst) and again by the services: a page saying only that there is no such case, 404.
 * The secretariat works in Tasklist and Cockpit: it is sent there.
 */
@Controller
class PortalController {

    static final String SECRETARIAT_HOME = "/camunda/app/tasklist/default/";

    private final PortalCases cases;
    private final ScreeningInWords screening;
    private final PortalLanguage languages;
    private final PartyNotifications wording;
    private final CaseTimeline timeline;

    PortalController(PortalCases cases, ScreeningInWords screening, PortalLanguage languages, PartyNotifications wording,
            CaseTimeline timeline) {
        this.cases = cases;
        this.screening = screening;
        this.timeline = timeline;
        this.languages = languages;
        this.wording = wording;
    }

    @GetMapping("/portal")
    String home(Caller caller, @RequestParam(required = false) String lang, HttpServletRequest request, Model model) {
        if (secretariatOnly(caller)) {
            return "redirect:" + SECRETARIAT_HOME;
        }
        List<RequestView> requests = cases.requestsOf(caller);
        List<OfferView> offers = cases.offersOf(caller);
        PortalTexts.Words words = languages.of(request, lang, requests, offers);
        model.addAttribute("t", words);
        model.addAttribute("parties", PortalCases.parties(caller));
        model.addAttribute("requests", requests);
        model.addAttribute("offers", offers);
        model.addAttribute("tasks", cases.openTasks(caller));
        model.addAttribute("notifications", cases.latestNotifications(caller));
        return "portal/home";
    }

    @GetMapping("/portal/requests/{id}")
    String request(@PathVariable String id, Caller caller, @RequestParam(required = false) String lang,
            HttpServletRequest http, Model model) {
        if (secretariatOnly(caller)) {
            return "redirect:" + SECRETARIAT_HOME;
        }
        RequestView request = cases.request(id, caller); // 404 unless it is the caller's State's
        PortalTexts.Words words = languages.of(http, lang, List.of(request), List.of());
        model.addAttribute("t", words);
        model.addAttribute("request", request);
        model.addAttribute("statusTitle", wording.statusTitle(request.status().name(), words.locale()));
        model.addAttribute("whatNext", wording.whatNext(request.status().name(), request.id(), words.locale()));
        model.addAttribute("items", screening.of(request, words));
        model.addAttribute("timeline", timeline.of(request, words));
        model.addAttribute("tasks", cases.openTasksOfRequest(id, List.of(Caller.STATE_GROUP_PREFIX + request.requestingState())));
        model.addAttribute("notifications", cases.notificationsOf(id, request.requestingState()));
        return "portal/request";
    }

    @GetMapping("/portal/offers/{id}")
    String offer(@PathVariable String id, Caller caller, @RequestParam(required = false) String lang,
            HttpServletRequest http, Model model) {
        if (secretariatOnly(caller)) {
            return "redirect:" + SECRETARIAT_HOME;
        }
        OfferView offer = cases.offer(id);
        String group = OfferService.groupOf(offer.offeringParty());
        if (!caller.groups().contains(group)) {
            throw new NotFoundException("No offer " + id); // checked before (CaseVisibilityFirst); never shown to another party
        }
        PortalTexts.Words words = languages.of(http, lang, List.of(), List.of(offer));
        model.addAttribute("t", words);
        model.addAttribute("offer", offer);
        model.addAttribute("tasks", cases.openTasksOfOffer(id, List.of(group)));
        model.addAttribute("notifications", cases.notificationsOf(id, offer.offeringParty()));
        return "portal/offer";
    }

    /** No such case, or another party's: the same page, naming nothing of it. */
    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletRequest http, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("t", languages.remembered(http));
        return "portal/not-found";
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(HttpServletRequest http, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("t", languages.remembered(http));
        return "portal/not-a-party";
    }

    /** The secretariat (caseworkers, managers, administrators) without a party of its own works in Tasklist. */
    private static boolean secretariatOnly(Caller caller) {
        if (!PortalCases.partyGroups(caller).isEmpty()) {
            return false;
        }
        if (caller.isSecretariat()) {
            return true;
        }
        throw new ForbiddenException("The portal is for the users of a State Party or an organisation");
    }
}

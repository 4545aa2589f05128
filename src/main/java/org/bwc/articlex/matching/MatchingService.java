package org.bwc.articlex.matching;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_CONDITIONS_ACKNOWLEDGED;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_OFFER_ACCEPTED;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_OFFER_NOTE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bwc.articlex.intake.Circulation;
import org.bwc.articlex.intake.CirculationPolicy;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.intake.RequestSummary;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.process.TaskCompletion;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.ConflictException;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.NotFoundException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The offering party's answer to a proposed match, and the list of open needs. */
@Service
class MatchingService {

    private final RequestRepository requests;
    private final OfferRepository offers;
    private final MatchProposals proposals;
    private final StatesRegistry states;
    private final TaskService tasks;

    MatchingService(RequestRepository requests, OfferRepository offers, MatchProposals proposals, StatesRegistry states,
            TaskService tasks) {
        this.requests = requests;
        this.offers = offers;
        this.proposals = proposals;
        this.states = states;
        this.tasks = tasks;
    }

    /**
     * Completes the {@code respondToMatch} task; only the proposed offering party may answer (403), and only for
     * the offer actually proposed (409). The task's own listener validates the answer, as in Tasklist.
     *
     * @return false for an acceptance that found the offer's capacity used up (by another request at the same moment):
     *         the answer is recorded as such and the request moves on to its next candidate, as the process says
     */
    @Transactional
    public boolean respond(String requestId, String offerId, boolean accepted, String note, Boolean conditionsAcknowledged,
            Caller caller) {
        requests.find(requestId).orElseThrow(() -> new NotFoundException("No request " + requestId));
        MatchProposals.Proposal proposal = proposals.open(requestId)
                .orElseThrow(() -> new ConflictException("No offer is awaiting an answer for request " + requestId));
        OfferView proposed = offers.find(proposal.offerId()).orElseThrow();
        if (!OfferService.speaksFor(caller, proposed.offeringParty())) {
            throw new ForbiddenException("Only the offering party of the proposed offer may answer for request " + requestId);
        }
        if (!proposed.id().equals(offerId)) {
            throw new ConflictException("Offer " + offerId + " is not the offer proposed for " + requestId);
        }
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(requestId)
                .taskDefinitionKey(OfferResponseProcess.TASK_RESPOND_TO_MATCH).singleResult();
        if (task == null) {
            throw new ConflictException("Request " + requestId + " is not awaiting an answer from " + proposed.offeringParty());
        }
        TaskCompletion.complete(tasks, task.getId(), Variables.createVariables().putValue(VAR_OFFER_ACCEPTED, accepted).putValue(VAR_OFFER_NOTE, note)
                .putValue(VAR_CONDITIONS_ACKNOWLEDGED, conditionsAcknowledged));
        return !accepted || MatchProposals.ACCEPTED.equals(proposals.status(proposal.id()));
    }

    record OpenNeed(String id, String requestingState, Region region, AssistanceCategory category, String title,
            Instant since) {
    }

    record OpenNeedCount(AssistanceCategory category, Region region, long count) {
    }

    /**
     * Counts by category and region for everyone, of the open needs each caller may know of (not those its requesting
     * State keeps to the secretariat or to other named providers); the cases themselves only for the secretariat and
     * their own State.
     */
    record OpenNeeds(List<OpenNeedCount> byCategoryAndRegion, List<OpenNeed> needs) {
    }

    /** The caller may know of the request: the secretariat, its State, or a party its consent to circulation admits. */
    private static boolean circulatesTo(Caller caller, String requestingState, Circulation circulation) {
        return caller.canSee(requestingState) || circulation.mode() == Circulation.Mode.ALL_PROVIDERS
                || circulation.providers().stream().anyMatch(party -> CirculationPolicy.mayReceive(circulation, party)
                        && OfferService.speaksFor(caller, party));
    }

    @Transactional(readOnly = true)
    public OpenNeeds openNeeds(AssistanceCategory category, Region region, Caller caller) {
        List<OpenNeed> all = new ArrayList<>();
        List<RequestSummary> open = requests.inStatus(RequestStatus.OPEN_NEED, category, null);
        Map<String, Circulation> circulation = requests.circulations(open.stream().map(RequestSummary::id).toList());
        for (RequestSummary request : open) {
            Region stateRegion = states.find(request.requestingState()).map(s -> s.region()).orElse(null);
            if ((region == null || region == stateRegion)
                    && circulatesTo(caller, request.requestingState(), circulation.getOrDefault(request.id(), Circulation.DEFAULT))) {
                all.add(new OpenNeed(request.id(), request.requestingState(), stateRegion, request.category(),
                        request.title(), request.updatedAt()));
            }
        }
        Map<String, OpenNeedCount> counts = new TreeMap<>();
        for (OpenNeed need : all) {
            counts.merge(need.category() + "/" + need.region(), new OpenNeedCount(need.category(), need.region(), 1),
                    (a, b) -> new OpenNeedCount(a.category(), a.region(), a.count() + 1));
        }
        List<OpenNeed> visible = all.stream().filter(n -> caller.canSee(n.requestingState()))
                .sorted(Comparator.comparing(OpenNeed::since)).toList();
        return new OpenNeeds(List.copyOf(counts.values()), visible);
    }
}

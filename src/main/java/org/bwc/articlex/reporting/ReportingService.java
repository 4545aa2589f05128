package org.bwc.articlex.reporting;

import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_SUBMIT_COMPLETION_REPORT;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_BENEFICIARIES;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_IMPLEMENTATION_NOTE;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REPORT_OUTCOMES;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REPORT_SUMMARY;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.matching.OfferRepository;
import org.bwc.articlex.matching.OfferService;
import org.bwc.articlex.matching.OfferView;
import org.bwc.articlex.process.TaskCompletion;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.ConflictException;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.NotFoundException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implementation (started, completed) and the completion report of a funded request. */
@Service
public class ReportingService {

    private final RequestRepository requests;
    private final OfferRepository offers;
    private final ImplementationEvents events;
    private final CompletionReports reports;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;

    ReportingService(RequestRepository requests, OfferRepository offers, ImplementationEvents events,
            CompletionReports reports, RuntimeService runtime, TaskService tasks, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.events = events;
        this.reports = reports;
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * Sends {@code ImplementationStarted} or {@code ImplementationCompleted} to the request's process: by the offering
     * party of the matched offer, the requesting State or the secretariat (anyone else: 404). A message the process
     * does not wait for now answers 409 and changes nothing.
     */
    @Transactional
    public void implementation(String requestId, ImplementationEvent event, String note, Caller caller) {
        RequestRecord request = requests.find(requestId).orElseThrow(() -> new NotFoundException("No request " + requestId));
        if (!caller.canSee(request.requestingState()) && !isOfferingParty(request, caller)) {
            throw new NotFoundException("No request " + requestId);
        }
        RequestRecord locked = requests.findForUpdate(requestId).orElseThrow();
        String text = note == null || note.isBlank() ? null : note.strip();
        try {
            runtime.createMessageCorrelation(event.message()).processInstanceBusinessKey(requestId)
                    .setVariable(VAR_IMPLEMENTATION_NOTE, text).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Request " + requestId + " is not waiting for its implementation to be "
                    + event.name().toLowerCase(java.util.Locale.ROOT) + " (status " + locked.status() + ")");
        }
        events.insert(requestId, event, text, caller.userId(), clock.instant());
    }

    /**
     * Completes the requesting State's {@code submitCompletionReport} task — the very task of its Tasklist, whose
     * listener validates the report. Only the requesting State (403); only while the report is awaited (409).
     */
    @Transactional
    public void submitCompletionReport(String requestId, String summary, List<String> outcomes, int beneficiaries,
            List<ConditionMet> conditionsMet, Caller caller) {
        RequestRecord request = requests.find(requestId).orElseThrow(() -> new NotFoundException("No request " + requestId));
        if (!caller.represents(request.requestingState())) {
            throw new ForbiddenException("Only the requesting State submits the completion report of " + requestId);
        }
        RequestRecord locked = requests.findForUpdate(requestId).orElseThrow();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(requestId).taskDefinitionKey(TASK_SUBMIT_COMPLETION_REPORT)
                .singleResult();
        if (task == null) {
            throw new ConflictException("Request " + requestId + " is not awaiting its completion report (status " + locked.status() + ")");
        }
        String joined = outcomes == null ? null : outcomes.stream().map(String::strip).filter(o -> !o.isEmpty())
                .collect(Collectors.joining("\n"));
        TaskCompletion.complete(tasks, task.getId(), Variables.createVariables()
                .putValue(VAR_REPORT_SUMMARY, summary)
                .putValue(VAR_REPORT_OUTCOMES, joined == null || joined.isEmpty() ? null : joined)
                .putValue(VAR_BENEFICIARIES, beneficiaries)
                .putValue(ConditionsMetPolicy.FIELD, conditionsMet == null ? null : ConditionsMetPolicy.write(conditionsMet)));
    }

    /** The implementation events and every version of the completion report, for whoever may see the request. */
    @Transactional(readOnly = true)
    public ReportingView reporting(String requestId, Caller caller) {
        RequestRecord request = requests.find(requestId).orElseThrow(() -> new NotFoundException("No request " + requestId));
        if (!caller.canSee(request.requestingState()) && !isOfferingParty(request, caller)) {
            throw new NotFoundException("No request " + requestId);
        }
        return new ReportingView(requestId, request.status(),
                events.of(requestId).stream().map(e -> new ReportingView.EventView(e.event(), e.note(), e.reportedBy(), e.reportedAt())).toList(),
                reports.of(requestId).stream().map(r -> new ReportingView.ReportView(r.version(), r.summary(),
                        r.outcomes() == null ? List.of() : List.of(r.outcomes().split("\n")), r.beneficiaries(),
                        r.submittedBy(), r.submittedAt(), r.reviewOutcome(), r.revisionRequest(), r.reviewedBy(),
                        r.reviewedAt(), ConditionsMetPolicy.read(r.conditionsMet()))).toList());
    }

    private boolean isOfferingParty(RequestRecord request, Caller caller) {
        return request.matchedOfferId() != null && offers.find(request.matchedOfferId()).map(OfferView::offeringParty)
                .map(party -> caller.groups().contains(OfferService.groupOf(party))).orElse(false);
    }
}

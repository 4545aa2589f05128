package org.bwc.articlex.benchmark;

import java.io.File;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;

/**
 * The engine floor of {@link LifecycleBenchmark}: the wait states, timers, message subscriptions, call activities
 * and async boundaries that a completed {@code assistance-request} passes (with its offer, the offering party's
 * response and the funding), in the same order, with empty service tasks. Deployed by the benchmark only.
 */
final class EngineFloor {

    static final String OFFER = "floor-offer";
    static final String REQUEST = "floor-request";
    static final String OFFER_RESPONSE = "floor-offer-response";
    static final String FUNDING = "floor-funding";
    static final String MSG_IMPLEMENTATION_STARTED = "FloorImplementationStarted";
    static final String MSG_IMPLEMENTATION_COMPLETED = "FloorImplementationCompleted";

    /**
     * Committed transitions of one lifecycle: 2 starts, 5 async jobs (offer and request start, screening, ranking,
     * cost estimate), 5 user tasks, 2 messages.
     */
    static final int TRANSITIONS_PER_LIFECYCLE = 14;

    private EngineFloor() {
    }

    static List<BpmnModelInstance> processes() {
        return List.of(offer(), request(), offerResponse(), funding());
    }

    /**
     * Writes the floor's processes as {@code <id>.bpmn} into the directory {@code args[0]}, for {@code scripts/bench} to
     * deploy into the packaged application it measures the submission API on (the floor of a submission: a plain
     * start of {@value #REQUEST} through the engine's REST API of the same process).
     */
    public static void main(String[] args) {
        File directory = new File(args[0]);
        for (BpmnModelInstance model : processes()) {
            String id = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId();
            Bpmn.writeModelToFile(new File(directory, id + ".bpmn"), model);
        }
    }

    private static BpmnModelInstance offer() {
        return Bpmn.createExecutableProcess(OFFER).camundaHistoryTimeToLive(180)
                .startEvent("StartEvent_OfferRegistered").camundaAsyncAfter()
                .serviceTask("Task_PublishOffer").camundaExpression("${true}")
                .eventBasedGateway().id("Gateway_AwaitOfferEnd")
                .intermediateCatchEvent("Timer_OfferValidityEnded").timerWithDuration("P365D")
                .serviceTask("Task_ExpireOffer").camundaExpression("${true}").endEvent()
                .moveToNode("Gateway_AwaitOfferEnd")
                .intermediateCatchEvent("Message_OfferWithdrawn").message("FloorOfferWithdrawn")
                .serviceTask("Task_WithdrawOffer").camundaExpression("${true}").endEvent()
                .done();
    }

    private static BpmnModelInstance request() {
        ProcessBuilder process = Bpmn.createExecutableProcess(REQUEST).camundaHistoryTimeToLive(180);
        process.eventSubProcess("SubProcess_Withdrawal").startEvent("StartEvent_RequestWithdrawn").message("FloorRequestWithdrawn")
                .serviceTask("Task_ReleaseMatchOnWithdrawal").camundaExpression("${true}").endEvent();
        return process
                .startEvent("StartEvent_RequestSubmitted").camundaAsyncAfter()
                .userTask("reviewCompleteness").camundaCandidateGroups("caseworkers")
                    .camundaFormRef("reviewCompletenessForm").camundaFormRefBinding("latest") // its answers are checked as the app's
                .serviceTask("Task_ScreenArticleIII").camundaAsyncBefore().camundaExpression("${true}")
                .serviceTask("Task_CheckArticleXBalance").camundaExpression("${true}")
                .serviceTask("Task_RankCandidates").camundaAsyncBefore().camundaExpression("${true}")
                .userTask("confirmMatch").camundaCandidateGroups("caseworkers")
                    .camundaFormRef("confirmMatchForm").camundaFormRefBinding("latest")
                .serviceTask("Task_ProposeMatch").camundaExpression("${true}")
                .callActivity("CallActivity_OfferResponse").calledElement(OFFER_RESPONSE)
                    .camundaInBusinessKey("#{execution.processBusinessKey}")
                .boundaryEvent("Timer_OfferResponseTimeout").timerWithDuration("P21D").endEvent()
                .moveToActivity("CallActivity_OfferResponse")
                .boundaryEvent("Message_ProposedOfferUnavailable").message("FloorProposedOfferUnavailable").endEvent()
                .moveToActivity("CallActivity_OfferResponse")
                .serviceTask("Task_RecordOfferResponse").camundaExpression("${true}")
                .callActivity("CallActivity_RequestFunding").calledElement(FUNDING)
                    .camundaInBusinessKey("#{execution.processBusinessKey}")
                .receiveTask("Task_AwaitImplementationStart").message(MSG_IMPLEMENTATION_STARTED)
                .receiveTask("Task_AwaitImplementationCompletion").message(MSG_IMPLEMENTATION_COMPLETED)
                .boundaryEvent("Timer_ProgressReportReminder").cancelActivity(false).timerWithDuration("P30D")
                    .serviceTask("Task_SendProgressReminder").camundaExpression("${true}").endEvent()
                .moveToActivity("Task_AwaitImplementationCompletion")
                .userTask("submitCompletionReport").camundaCandidateGroups("caseworkers")
                .boundaryEvent("Timer_CompletionReportReminder").cancelActivity(false).timerWithDuration("P14D")
                    .serviceTask("Task_SendCompletionReportReminder").camundaExpression("${true}").endEvent()
                .moveToActivity("submitCompletionReport")
                .serviceTask("Task_RecordCompletionReport").camundaExpression("${true}")
                .userTask("reviewCompletionReport").camundaCandidateGroups("caseworkers")
                    .camundaFormRef("reviewCompletionReportForm").camundaFormRefBinding("latest")
                .serviceTask("Task_RecordReportReview").camundaExpression("${true}")
                .endEvent("EndEvent_RequestCompleted")
                .done();
    }

    private static BpmnModelInstance offerResponse() {
        return Bpmn.createExecutableProcess(OFFER_RESPONSE).camundaHistoryTimeToLive(180)
                .startEvent().userTask("respondToMatch").camundaCandidateGroups("caseworkers").endEvent().done();
    }

    private static BpmnModelInstance funding() {
        return Bpmn.createExecutableProcess(FUNDING).camundaHistoryTimeToLive(180)
                .startEvent("StartEvent_FundingRequested")
                .serviceTask("Task_EstimateWholeLifeCost").camundaAsyncBefore().camundaExpression("${true}")
                .serviceTask("Task_RecordOfferFunding").camundaExpression("${true}")
                .endEvent().done();
    }
}

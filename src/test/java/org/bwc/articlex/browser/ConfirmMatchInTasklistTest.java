package org.bwc.articlex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.matching.OfferResponseProcess.TASK_RESPOND_TO_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_CONFIRM_MATCH;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.ScenarioTest;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;

/**
 * Browser scenario 3: a caseworker confirms a match from the ranked candidates shown in the {@code confirmMatch}
 * form. Peru asks for outbreak response support; Spain (funding included) and WHO offer it to the Latin American
 * and Caribbean group, Germany only to the African group. The scenario uses a category and region pair of its
 * own, so offers of other scenarios in the same database do not compete with these.
 */
@ScenarioTest
class ConfirmMatchInTasklistTest extends BrowserScenario {

    @Test
    void caseworkerProposesTheOfferOfHerChoiceFromTheRankedCandidates() {
        String spain = published("esp-ncp", Offers.offer("ESP", "OUTBREAK_RESPONSE", List.of("LATIN_AMERICAN_CARIBBEAN"), true, 2));
        String who = published("who-focal", Offers.offer("WHO", "OUTBREAK_RESPONSE", List.of("LATIN_AMERICAN_CARIBBEAN"), false, 2));
        String elsewhere = published("deu-ncp", Offers.offer("DEU", "OUTBREAK_RESPONSE", List.of("AFRICAN"), true, 2));
        String id = approved();
        Task confirm = task(id, TASK_CONFIRM_MATCH);
        Map<String, String> ranked = rankedCandidates(confirm);
        assertThat(ranked.keySet()).as("ranked by the engine").contains(spain, who).doesNotContain(elsewhere);

        TasklistPage tasklist = tasklist().logIn("caseworker").searchByBusinessKey(id);
        assertThat(tasklist.listedTaskNames()).containsExactly("Confirm match \u2014 " + id + ", Peru");
        tasklist.openFromList(confirm.getId(), "Confirm match \u2014 " + id + ", Peru");
        TaskForm form = form(confirm);
        assertThat(form.value("requestReference")).isEqualTo(id);
        assertThat(form.value("requestingStateName")).isEqualTo("Peru (PER)");
        tasklist.claim();

        // neither an offer nor "no suitable offer": refused
        tasklist.complete();
        assertThat(tasklist.notification()).contains("selectedOfferId").contains("choose one of the ranked offers");
        assertThat(this.tasklist.task(id, TASK_CONFIRM_MATCH)).as("still to be confirmed").isNotNull();

        // the form offers exactly the ranked candidates, best first
        List<String> options = form.options("selectedOfferId");
        assertThat(options).containsExactlyElementsOf(ranked.values());
        String spainLabel = ranked.get(spain);
        assertThat(spainLabel).contains(spain).contains("ESP");
        assertThat(options.indexOf(spainLabel)).as("funding included ranks higher").isLessThan(options.indexOf(ranked.get(who)));

        form.choose("selectedOfferId", spainLabel);
        tasklist.complete();
        tasklist.waitUntilNotListed(confirm.getId());

        assertThat(this.tasklist.task(id, TASK_CONFIRM_MATCH)).isNull();
        driver.runDueJobs();
        assertThat(status(id)).isEqualTo("AWAITING_OFFEROR");
        Task respond = task(id, TASK_RESPOND_TO_MATCH);
        assertThat(engine.getTaskService().getIdentityLinksForTask(respond.getId())).extracting(IdentityLink::getGroupId)
                .contains("sp-ESP");
        assertThat(engine.getRuntimeService().getVariable(confirm.getProcessInstanceId(), "proposedOfferId")).isEqualTo(spain);
    }

    String published(String user, Map<String, Object> offer) {
        Api.Response created = api.as(user).post("/api/offers", offer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        driver.runDueJobs();
        assertThat(api.as(user).get("/api/offers/" + id).json().get("status").asText()).isEqualTo("PUBLISHED");
        return id;
    }

    /** Peru's request, reviewed complete and screened clear (a training workshop): ranked, waiting for confirmation. */
    String approved() {
        Map<String, Object> body = Requests.from("PER");
        body.put("title", "Rapid response team for outbreaks of zoonotic disease");
        body.put("category", "OUTBREAK_RESPONSE");
        body.put("items", List.of(Requests.item("TRAINING", "Workshop for national rapid response experts", 12)));
        String id = reviewedComplete("per-ncp", body);
        assertThat(status(id)).isEqualTo("MATCHING");
        return id;
    }

    /** offer id → label, in the order the engine ranked them (process variable {@code matchCandidates}). */
    Map<String, String> rankedCandidates(Task task) {
        SpinJsonNode candidates = (SpinJsonNode) engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "matchCandidates");
        Map<String, String> ranked = new LinkedHashMap<>();
        List<SpinJsonNode> elements = new ArrayList<>(candidates.elements());
        elements.forEach(c -> ranked.put(c.prop("value").stringValue(), c.prop("label").stringValue()));
        return ranked;
    }
}

package org.bwc.articlex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_PROVIDE_CLARIFICATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.ScenarioTest;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Browser scenario 4: a State Party's contact point sees its own tasks in Tasklist and none of another State's
 * (docs/security.md: Camunda authorizations; a party's task is addressed to its group {@code sp-<ISO3>}).
 */
@ScenarioTest
class TaskIsolationInTasklistTest extends BrowserScenario {

    @Test
    void kenyasContactPointSeesKenyasClarificationAndNothingOfUganda() {
        String kenya = clarificationAsked("ken-ncp", "KEN", "Which laboratory will host the course?");
        String uganda = clarificationAsked("uga-ncp", "UGA", "How many staff will attend?");
        Task kenyasTask = task(kenya, TASK_PROVIDE_CLARIFICATION);
        Task ugandasTask = task(uganda, TASK_PROVIDE_CLARIFICATION);

        TasklistPage tasklist = tasklist().logIn("ken-ncp");

        // everything listed is addressed to Kenya; Uganda's task (the newest) is not among it
        List<String> listed = tasklist.listedTaskIds();
        assertThat(listed).contains(kenyasTask.getId()).doesNotContain(ugandasTask.getId());
        for (String taskId : listed) {
            assertThat(groupsOf(taskId)).as("groups of listed task %s", taskId).contains("sp-KEN");
        }
        assertThat(tasklist.filterCount()).as("the filter counts Kenya's tasks only").isEqualTo(tasksOfKenya());

        // searching for Kenya's case finds its clarification, with the question
        tasklist.searchByBusinessKey(kenya);
        assertThat(tasklist.listedTaskIds()).containsExactly(kenyasTask.getId());
        assertThat(tasklist.listedTaskNames()).containsExactly("Provide clarification \u2014 " + kenya + ", Kenya");
        tasklist.openFromList(kenyasTask.getId(), "Provide clarification \u2014 " + kenya + ", Kenya");
        assertThat(form(kenyasTask).value("clarificationQuestion")).isEqualTo("Which laboratory will host the course?");

        // a link to Uganda's task opens nothing of it
        tasklist.openByAddress(ugandasTask.getId());
        assertThat(tasklist.notification()).contains("does not exist");
        assertThat(tasklist.pageText()).doesNotContain("Uganda").doesNotContain(uganda).doesNotContain("How many staff");

        // and searching for Uganda's case finds nothing
        assertThat(tasklist.searchByBusinessKey(uganda).showsNoMatchingTask()).isTrue();
    }

    /** A request of the State, found incomplete by a caseworker (engine REST, as Tasklist does): a task for the State. */
    String clarificationAsked(String user, String state, String question) {
        Map<String, Object> body = Requests.from(state);
        String id = submitted(user, body);
        Api.Response asked = this.tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS,
                Map.of("complete", false, "clarificationQuestion", question));
        assertThat(asked.status()).as(asked.body()).isEqualTo(204);
        assertThat(status(id)).isEqualTo("CLARIFICATION_REQUESTED");
        assertThat(groupsOf(task(id, TASK_PROVIDE_CLARIFICATION).getId())).containsExactly("sp-" + state);
        return id;
    }

    Set<String> groupsOf(String taskId) {
        Set<String> groups = new HashSet<>();
        engine.getTaskService().getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).forEach(groups::add);
        return groups;
    }

    /** Open tasks addressed to sp-KEN (claimed or not) or assigned to its contact point, as the engine counts them. */
    long tasksOfKenya() {
        Set<String> ids = new HashSet<>();
        engine.getTaskService().createTaskQuery().taskCandidateGroup("sp-KEN").includeAssignedTasks().list()
                .forEach(t -> ids.add(t.getId()));
        engine.getTaskService().createTaskQuery().taskAssignee("ken-ncp").list().forEach(t -> ids.add(t.getId()));
        return ids.size();
    }
}

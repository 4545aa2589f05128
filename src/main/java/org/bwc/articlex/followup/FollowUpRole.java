package org.bwc.articlex.followup;

import static org.bwc.articlex.followup.RequestFollowUpProcess.TASK_ANSWER_PROVIDER;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TASK_ANSWER_REQUESTER;

/**
 * The two parties asked a year on. Their tasks run in parallel in one process instance, so each form's variables
 * carry the role's prefix ({@code requesterLastingImpact}, {@code providerLastingImpact}): the same name written
 * by both would be one case variable that the second party may not change.
 */
public enum FollowUpRole {
    REQUESTER("requester", TASK_ANSWER_REQUESTER),
    PROVIDER("provider", TASK_ANSWER_PROVIDER);

    private final String prefix;
    private final String taskId;

    FollowUpRole(String prefix, String taskId) {
        this.prefix = prefix;
        this.taskId = taskId;
    }

    /** The form variable of {@code field} for this role, e.g. {@code requesterLastingImpact}. */
    public String variable(String field) {
        return prefix + field;
    }

    public String taskId() {
        return taskId;
    }
}

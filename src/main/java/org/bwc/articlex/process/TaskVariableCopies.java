package org.bwc.articlex.process;

import java.util.Set;

/**
 * The names of task-local variables that only copy case data onto a user task, for its form or a Tasklist filter
 * to show: the case data itself is in the project's tables, and the copy lives and dies with the task. Never a field
 * the user fills in or a decision. {@link CaseHistoryLevel} keeps no history of them.
 */
public interface TaskVariableCopies {

    Set<String> names();
}

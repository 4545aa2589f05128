package org.bwc.articlex.process;

import org.bwc.articlex.security.Caller;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The start form of one process and what its submission does ({@link StartForms}): Tasklist's "Start process",
 * {@code /engine-rest/process-definition/.../submit-form}. The submission registers the case as the project's
 * {@code /api} does and returns its reference, which becomes the business key of the process instance being started;
 * the form's variables themselves are not stored in the process. Throw {@link org.bwc.articlex.web.FormValidationException}
 * for a bad submission (400, the field's message in Tasklist) and {@link org.camunda.bpm.engine.AuthorizationException}
 * for a caller who may not start it (403): the whole start rolls back, no instance and no row are left.
 */
public interface StartFormSubmission {

    /** The process whose start event shows the form. */
    String processDefinitionKey();

    /** The id of the Camunda Form ({@code forms/start/*.form}), bound to its latest version. */
    String formId();

    /**
     * @param variables       what the form submitted
     * @param processInstance the instance being started (not yet running): set its variables here
     * @param caller          the logged-in user submitting the form
     * @return the business key of the new instance: the case's reference
     */
    String submit(VariableMap variables, DelegateExecution processInstance, Caller caller);
}

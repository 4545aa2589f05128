package org.bwc.articlex.funding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ReleaseMatch}: the request returns to open needs unfunded and gives back what it held. */
@Component
class ReleaseMatchDelegate implements JavaDelegate {

    private final CaseRelease release;

    ReleaseMatchDelegate(CaseRelease release) {
        this.release = release;
    }

    @Override
    public void execute(DelegateExecution execution) {
        release.release(execution.getProcessBusinessKey());
    }
}

package org.bwc.articlex.funding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ReleaseMatchOnWithdrawal}: the State withdrew the request; whatever it held is given back. */
@Component
class ReleaseMatchOnWithdrawalDelegate implements JavaDelegate {

    private final CaseRelease release;

    ReleaseMatchOnWithdrawalDelegate(CaseRelease release) {
        this.release = release;
    }

    @Override
    public void execute(DelegateExecution execution) {
        release.release(execution.getProcessBusinessKey());
    }
}

package org.bwc.articlex.nationalreports;

import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_ASSISTANCE_GIVEN;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_ASSISTANCE_RECEIVED;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_NEEDS_OUTSTANDING;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_OBSTACLES;
import static org.bwc.articlex.nationalreports.NationalReportProcess.VAR_POLICY;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code submitNationalReport}: the five sections, by {@link NationalReportPolicy}, as through the API. */
@Component
class SubmitNationalReportForm extends FormOutcome {

    SubmitNationalReportForm() {
        super(VAR_POLICY, VAR_ASSISTANCE_GIVEN, VAR_ASSISTANCE_RECEIVED, VAR_NEEDS_OUTSTANDING, VAR_OBSTACLES);
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        NationalReportPolicy.check(task::getVariable, problems);
    }
}

package org.bwc.articlex.nationalreports;

import java.util.List;
import org.springframework.stereotype.Component;

/** Read by the cycle's multi-instance call activity: {@code ${nationalReportCycle.states()}}. */
@Component
public class NationalReportCycle {

    private final NationalReportService reports;

    NationalReportCycle(NationalReportService reports) {
        this.reports = reports;
    }

    public List<String> states() {
        return reports.stateCodes();
    }
}

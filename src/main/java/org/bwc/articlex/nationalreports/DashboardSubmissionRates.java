package org.bwc.articlex.nationalreports;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The manager dashboard's national-report table: the submission rate by regional group of the latest cycle, added to
 * the dashboard page's model (only that page; the metrics API is left alone).
 */
@ControllerAdvice(basePackages = "org.bwc.articlex.metrics")
class DashboardSubmissionRates {

    private final ReportCycles cycles;
    private final SubmissionRates rates;

    DashboardSubmissionRates(ReportCycles cycles, SubmissionRates rates) {
        this.cycles = cycles;
        this.rates = rates;
    }

    /** Null while no cycle has opened, or on any page but {@code /dashboard}. */
    @ModelAttribute("nationalReports")
    SubmissionRates.YearRates nationalReports(HttpServletRequest request) {
        if (!"/dashboard".equals(request.getRequestURI())) {
            return null;
        }
        return cycles.latestYear().map(rates::rates).orElse(null);
    }
}

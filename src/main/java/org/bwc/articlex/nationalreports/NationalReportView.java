package org.bwc.articlex.nationalreports;

import java.time.Instant;
import java.util.List;

/**
 * A State's national report for a year: its current version and every earlier one, or, while nothing is submitted,
 * the draft pre-filled from its cases of the year and the figures behind it.
 */
public record NationalReportView(String state, String stateName, int year, Instant deadline, String status,
        Version report, List<Version> history, NationalReportContent draft, NationalReportDraft.Figures draftFigures) {

    public record Version(int version, String policy, String assistanceGiven, String assistanceReceived,
            String needsOutstanding, String obstacles, String submittedBy, Instant submittedAt, boolean late) {
    }

    static Version version(NationalReports.Version v) {
        NationalReportContent c = v.content();
        return new Version(v.version(), c.policy(), c.assistanceGiven(), c.assistanceReceived(), c.needsOutstanding(),
                c.obstacles(), v.submittedBy(), v.submittedAt(), v.late());
    }
}

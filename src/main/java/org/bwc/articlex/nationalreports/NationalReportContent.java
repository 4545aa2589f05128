package org.bwc.articlex.nationalreports;

/** The five sections of a State's Article X implementation report. */
public record NationalReportContent(String policy, String assistanceGiven, String assistanceReceived, String needsOutstanding,
        String obstacles) {
}

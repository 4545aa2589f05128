package org.bwc.articlex.process;

import javax.xml.datatype.DatatypeFactory;

/**
 * Every timer of the processes, as ISO-8601 durations (e.g. {@code P30D}, {@code PT5M}), bound from
 * {@code articlex.durations.*} and read by the BPMN timers as {@code ${processDurations.…}}. Each value is
 * checked when bound, so a typo stops the start-up instead of surfacing months later as a failed timer job.
 */
public class ProcessDurations {

    /** The JDK's own; {@code newInstance()} would search the class path for another on every call. */
    private static final DatatypeFactory DATATYPES = DatatypeFactory.newDefaultInstance();

    private String clarificationPeriod = "P30D";
    private String referralHoldLimit = "P14D";
    private String offerResponseTime = "P21D";
    private String rematchInterval = "P7D";
    private String openNeedEscalation = "P90D";
    private String fundingPeriod = "P60D";
    private String fundingExtension = "P30D";
    private String progressReportInterval = "P30D";
    private String completionReportReminder = "P14D";

    public String getClarificationPeriod() {
        return clarificationPeriod;
    }

    public void setClarificationPeriod(String clarificationPeriod) {
        this.clarificationPeriod = requireIsoDuration("clarification-period", clarificationPeriod);
    }

    /** How long a referral may wait in Balance review before it escalates (a prolonged hold is itself a denial). */
    public String getReferralHoldLimit() {
        return referralHoldLimit;
    }

    public void setReferralHoldLimit(String referralHoldLimit) {
        this.referralHoldLimit = requireIsoDuration("referral-hold-limit", referralHoldLimit);
    }

    /** How long an offering party has to answer a proposed match before the next candidate is tried. */
    public String getOfferResponseTime() {
        return offerResponseTime;
    }

    public void setOfferResponseTime(String offerResponseTime) {
        this.offerResponseTime = requireIsoDuration("offer-response-time", offerResponseTime);
    }

    /** How often an open need is matched again against the published offers, besides every new offer. */
    public String getRematchInterval() {
        return rematchInterval;
    }

    public void setRematchInterval(String rematchInterval) {
        this.rematchInterval = requireIsoDuration("rematch-interval", rematchInterval);
    }

    /** How long a need may stay open and unmatched before it escalates to managers. */
    public String getOpenNeedEscalation() {
        return openNeedEscalation;
    }

    public void setOpenNeedEscalation(String openNeedEscalation) {
        this.openNeedEscalation = requireIsoDuration("open-need-escalation", openNeedEscalation);
    }

    /** How long donors have to fund a matched request before the funding deadline (request-funding). */
    public String getFundingPeriod() {
        return fundingPeriod;
    }

    public void setFundingPeriod(String fundingPeriod) {
        this.fundingPeriod = requireIsoDuration("funding-period", fundingPeriod);
    }

    /** How much longer donors have when a manager extends a partly funded request's deadline. */
    public String getFundingExtension() {
        return fundingExtension;
    }

    public void setFundingExtension(String fundingExtension) {
        this.fundingExtension = requireIsoDuration("funding-extension", fundingExtension);
    }

    /** How often the requesting State is reminded to report progress while implementation runs. */
    public String getProgressReportInterval() {
        return progressReportInterval;
    }

    public void setProgressReportInterval(String progressReportInterval) {
        this.progressReportInterval = requireIsoDuration("progress-report-interval", progressReportInterval);
    }

    /** The progress-report reminder as a timer cycle: every interval, for as long as implementation runs. */
    public String getProgressReportCycle() {
        return "R/" + progressReportInterval;
    }

    /** How often the requesting State is reminded of its completion report until it submits it. */
    public String getCompletionReportReminder() {
        return completionReportReminder;
    }

    public void setCompletionReportReminder(String completionReportReminder) {
        this.completionReportReminder = requireIsoDuration("completion-report-reminder", completionReportReminder);
    }

    /** The completion-report reminder as a timer cycle: every interval, until the report is submitted. */
    public String getCompletionReportReminderCycle() {
        return "R/" + completionReportReminder;
    }

    /** The moment {@code isoDuration} after {@code from}, in calendar terms. */
    public static java.util.Date after(String isoDuration, java.util.Date from) {
        java.util.Date result = new java.util.Date(from.getTime());
        DATATYPES.newDuration(isoDuration).addTo(result);
        return result;
    }

    /** A duration in whole days, counted from {@code from} (months and years have calendar lengths). */
    public static long days(String isoDuration, java.time.Instant from) {
        long millis = DATATYPES.newDuration(isoDuration).getTimeInMillis(java.util.Date.from(from));
        return millis / 86_400_000L;
    }

    private static String requireIsoDuration(String name, String value) {
        return requireIsoDuration("articlex.durations." + name, value, "P30D");
    }

    /**
     * {@code value} when it is an ISO-8601 duration; otherwise the binding of {@code property} fails, naming it with
     * an {@code example}, so that a typo stops the start-up. Every process's duration settings check with this.
     */
    public static String requireIsoDuration(String property, String value, String example) {
        try {
            DATATYPES.newDuration(value);
            return value;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    property + " must be an ISO-8601 duration such as " + example + ", was: " + value, e);
        }
    }
}

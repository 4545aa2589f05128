package org.bwc.articlex.concern;

import org.bwc.articlex.process.ProcessDurations;

/**
 * The deadlines of a concern as ISO-8601 durations, bound from {@code articlex.concern.*} and read by the BPMN
 * timers as {@code ${concernDurations.…}}; checked when bound so that a typo stops the start-up.
 */
public class ConcernDurations {

    private String acknowledgeWithin = "P5D";
    private String escalateAfter = "P10D";
    private String consultationPeriod = "P30D";

    /** How long the secretariat has to acknowledge a concern before the caseworkers are reminded. */
    public String getAcknowledgeWithin() {
        return acknowledgeWithin;
    }

    public void setAcknowledgeWithin(String value) {
        this.acknowledgeWithin = require("acknowledge-within", value);
    }

    /** How long after it was raised an unacknowledged concern escalates to managers (longer than the reminder). */
    public String getEscalateAfter() {
        return escalateAfter;
    }

    public void setEscalateAfter(String value) {
        this.escalateAfter = require("escalate-after", value);
    }

    /** How long consultations between the parties run before a manager decides the outcome. */
    public String getConsultationPeriod() {
        return consultationPeriod;
    }

    public void setConsultationPeriod(String value) {
        this.consultationPeriod = require("consultation-period", value);
    }

    private static String require(String name, String value) {
        return ProcessDurations.requireIsoDuration("articlex.concern." + name, value, "P30D");
    }
}

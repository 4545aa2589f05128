package org.bwc.articlex.followup;

import org.bwc.articlex.process.ProcessDurations;

/**
 * The timers of the follow-up, as ISO-8601 durations bound from {@code articlex.follow-up.*} and read by the BPMN
 * as {@code ${followUpSchedule.after}} and so on. Checked when bound, so a typo stops the start-up.
 */
public class FollowUpSchedule {

    private String after = "P12M";
    private String reminder = "P30D";
    private String answerPeriod = "P60D";

    /** How long after COMPLETED both parties are asked what the assistance achieved. */
    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = requireIsoDuration("after", after);
    }

    /** How long after being asked a party that has not answered is reminded. */
    public String getReminder() {
        return reminder;
    }

    public void setReminder(String reminder) {
        this.reminder = requireIsoDuration("reminder", reminder);
    }

    /** How long after being asked a party's task lapses unanswered. */
    public String getAnswerPeriod() {
        return answerPeriod;
    }

    public void setAnswerPeriod(String answerPeriod) {
        this.answerPeriod = requireIsoDuration("answer-period", answerPeriod);
    }

    private static String requireIsoDuration(String name, String value) {
        return ProcessDurations.requireIsoDuration("articlex.follow-up." + name, value, "P12M");
    }
}

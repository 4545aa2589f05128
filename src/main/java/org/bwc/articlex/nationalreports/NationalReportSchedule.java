package org.bwc.articlex.nationalreports;

import java.util.regex.Pattern;
import org.bwc.articlex.process.ProcessDurations;

/**
 * When the yearly cycle opens and how long States have, bound from {@code articlex.national-reports.*}. The BPMN's
 * timer start event reads {@code ${nationalReportSchedule.opens}}: an ISO-8601 repeating interval
 * ({@code R/2027-01-15T00:00:00Z/P1Y}) or a Camunda cron expression ({@code 0 0 0 15 1 ?}).
 */
public class NationalReportSchedule {

    private static final Pattern REPEATING = Pattern.compile("R\\d*/[^/\\s]+/P[^/\\s]+");
    private static final Pattern CRON = Pattern.compile("\\S+(\\s+\\S+){5,6}");

    private String opens = "R/2027-01-15T00:00:00Z/P1Y";
    private String deadline = "P90D";
    private String reminderBefore = "P14D";

    public String getOpens() {
        return opens;
    }

    public void setOpens(String opens) {
        if (opens == null || !(REPEATING.matcher(opens.strip()).matches() || CRON.matcher(opens.strip()).matches())) {
            throw new IllegalArgumentException("articlex.national-reports.opens must be an ISO-8601 repeating interval such as "
                    + "R/2027-01-15T00:00:00Z/P1Y or a cron expression, was: " + opens);
        }
        this.opens = opens.strip();
    }

    /** How long after the opening the reports are due. */
    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = requireIsoDuration("deadline", deadline);
    }

    /** How long before the deadline a State that has not reported is reminded. */
    public String getReminderBefore() {
        return reminderBefore;
    }

    public void setReminderBefore(String reminderBefore) {
        this.reminderBefore = requireIsoDuration("reminder-before", reminderBefore);
    }

    private static String requireIsoDuration(String name, String value) {
        return ProcessDurations.requireIsoDuration("articlex.national-reports." + name, value, "P90D");
    }
}

package org.bwc.articlex.nationalreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of a national report, the CSV cells and the schedule's configuration (no engine). */
class NationalReportPolicyTest {

    static Map<String, Object> complete() {
        Map<String, Object> values = new HashMap<>();
        for (String section : NationalReportPolicy.SECTIONS) {
            values.put(section, " " + section + " text ");
        }
        return values;
    }

    @Test
    void aCompleteReportIsAcceptedAndStripped() {
        List<FieldProblem> problems = new ArrayList<>();
        NationalReportContent content = NationalReportPolicy.check(complete()::get, problems);
        assertThat(problems).isEmpty();
        assertThat(content).isEqualTo(new NationalReportContent("policy text", "assistanceGiven text", "assistanceReceived text",
                "needsOutstanding text", "obstacles text"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "policy, NULL", "policy, ' '", "assistanceGiven, ''", "assistanceReceived, NULL", "needsOutstanding, '\t'",
            "obstacles, NULL", "policy, LONG", "obstacles, NUMBER"})
    void aMissingBlankOverlongOrNonTextSectionIsRefusedByName(String section, String value) {
        Map<String, Object> values = complete();
        values.put(section, "LONG".equals(value) ? "x".repeat(NationalReportPolicy.MAX_SECTION + 1) : "NUMBER".equals(value) ? 7 : value);
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(NationalReportPolicy.check(values::get, problems)).isNull();
        assertThat(problems).extracting(FieldProblem::field).containsExactly(section);
    }

    @Test
    void aSectionOfTheMaximumLengthIsAccepted() {
        Map<String, Object> values = complete();
        values.put("policy", "x".repeat(NationalReportPolicy.MAX_SECTION));
        assertThat(NationalReportPolicy.check(values::get, new ArrayList<>())).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "'=1+1', '''=1+1'", "'+1', '''+1'", "'-2+3', '''-2+3'", "'@SUM(A1)', '''@SUM(A1)'", "'\t=1', '''\t=1'",
            "'\r=1', '''\r=1'", "'A = B', 'A = B'", "'None', 'None'", "'', ''", "NULL, NULL"})
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused(String text, String cell) {
        assertThat(SubmissionRates.cell(text)).isEqualTo(cell);
    }

    @Test
    void theOpeningIsARepeatingIntervalOrACronExpression() {
        NationalReportSchedule schedule = new NationalReportSchedule();
        assertThat(schedule.getOpens()).isEqualTo("R/2027-01-15T00:00:00Z/P1Y");
        schedule.setOpens("R/2030-02-01T00:00:00Z/P1Y");
        schedule.setOpens("0 0 0 15 1 ?");
        assertThat(schedule.getOpens()).isEqualTo("0 0 0 15 1 ?");
        assertThatThrownBy(() -> schedule.setOpens("every January")).hasMessageContaining("articlex.national-reports.opens");
        assertThatThrownBy(() -> schedule.setOpens("2027-01-15")).hasMessageContaining("articlex.national-reports.opens");
        assertThatThrownBy(() -> schedule.setDeadline("90 days")).hasMessageContaining("articlex.national-reports.deadline");
        assertThatThrownBy(() -> schedule.setReminderBefore(null)).hasMessageContaining("reminder-before");
    }
}

package org.bwc.articlex.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bwc.articlex.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of a follow-up answer, one row per case (no engine). */
class FollowUpAnswerPolicyTest {

    static Stream<Arguments> answers() {
        String max = "x".repeat(FollowUpAnswerPolicy.MAX_TEXT);
        return Stream.of(
                // lastingImpact, equipment, staff, count, needs -> the field refused, or null when accepted
                Arguments.of("Lab in use", "YES", "YES", null, null, null),
                Arguments.of("Lab in use", "NO", "PARTLY", 3, "A second cabinet", null),
                Arguments.of("Lab in use", "NOT_APPLICABLE", "NO", 0, " ", null),
                Arguments.of(max, "YES", "YES", 1_000_000, max, null),
                Arguments.of("Lab in use", "YES", "YES", 4.0, null, null),
                Arguments.of("Lab in use", "YES", "YES", 4L, null, null),
                Arguments.of("Lab in use", "YES", "YES", "", null, null),
                Arguments.of(null, "YES", "YES", null, null, "lastingImpact"),
                Arguments.of("  ", "YES", "YES", null, null, "lastingImpact"),
                Arguments.of(42, "YES", "YES", null, null, "lastingImpact"),
                Arguments.of(max + "x", "YES", "YES", null, null, "lastingImpact"),
                Arguments.of("Lab in use", null, "YES", null, null, "equipmentInUse"),
                Arguments.of("Lab in use", "yes", "YES", null, null, "equipmentInUse"),
                Arguments.of("Lab in use", true, "YES", null, null, "equipmentInUse"),
                Arguments.of("Lab in use", "YES", null, null, null, "staffInPost"),
                Arguments.of("Lab in use", "YES", "NOT_APPLICABLE", null, null, "staffInPost"),
                Arguments.of("Lab in use", "YES", "YES", -1, null, "staffCount"),
                Arguments.of("Lab in use", "YES", "YES", 1_000_001, null, "staffCount"),
                Arguments.of("Lab in use", "YES", "YES", 2.5, null, "staffCount"),
                Arguments.of("Lab in use", "YES", "YES", "3", null, "staffCount"),
                Arguments.of("Lab in use", "YES", "NO", 2, null, "staffCount"),
                Arguments.of("Lab in use", "YES", "YES", null, max + "x", "furtherNeeds"),
                Arguments.of("Lab in use", "YES", "YES", null, List.of("x"), "furtherNeeds"));
    }

    @ParameterizedTest
    @MethodSource("answers")
    void answerIsAcceptedOrRefusedByField(Object impact, Object equipment, Object staff, Object count, Object needs, String refused) {
        List<FieldProblem> problems = new ArrayList<>();
        FollowUpAnswer answer = FollowUpAnswerPolicy.check(impact, equipment, staff, count, needs, f -> "prefix." + f, problems);
        if (refused == null) {
            assertThat(problems).isEmpty();
            assertThat(answer).isNotNull();
        } else {
            assertThat(answer).isNull();
            assertThat(problems).extracting(FieldProblem::field).containsExactly("prefix." + refused);
        }
    }

    @Test
    void acceptedAnswerIsStrippedAndBlankNeedsAreNone() {
        FollowUpAnswer answer = FollowUpAnswerPolicy.check("  Lab in use ", "YES", "PARTLY", 4.0, "  ", f -> f, new ArrayList<>());
        assertThat(answer).isEqualTo(new FollowUpAnswer("Lab in use", "YES", "PARTLY", 4, null));
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        List<FieldProblem> problems = new ArrayList<>();
        FollowUpAnswerPolicy.check(null, null, null, -1, null, f -> f, problems);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("lastingImpact", "equipmentInUse", "staffInPost", "staffCount");
    }

    @Test
    void scheduleRefusesWhatIsNoIsoDuration() {
        FollowUpSchedule schedule = new FollowUpSchedule();
        assertThat(schedule.getAfter()).isEqualTo("P12M");
        schedule.setAfter("P1Y");
        assertThat(schedule.getAfter()).isEqualTo("P1Y");
        assertThatThrownBy(() -> schedule.setAfter("12 months")).hasMessageContaining("articlex.follow-up.after");
        assertThatThrownBy(() -> schedule.setReminder(null)).hasMessageContaining("articlex.follow-up.reminder");
        assertThatThrownBy(() -> schedule.setAnswerPeriod("60")).hasMessageContaining("articlex.follow-up.answer-period");
    }
}

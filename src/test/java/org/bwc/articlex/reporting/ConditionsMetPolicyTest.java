package org.bwc.articlex.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bwc.articlex.screening.CaseConditions.ItemTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether each condition was met: what the completion report must say, and which field is named when it does not. */
class ConditionsMetPolicyTest {

    static final List<ItemTerms> TWO = List.of(new ItemTerms(1, false, null, "Capacity below 20 L"),
            new ItemTerms(2, false, null, "End-user certificate"));

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            [{"index":1,"met":true},{"index":2,"met":false,"note":"Pending"}]             | -
            [{"index":2,"met":true},{"index":1,"met":true,"note":"ok","condition":"x"}]    | -
            -                                                                              | conditionsMet
            '  '                                                                           | conditionsMet
            not json                                                                       | conditionsMet
            {"index":1}                                                                    | conditionsMet
            [{"index":1,"met":true}]                                                       | conditionsMet
            [{"index":1,"met":true},{"index":2,"met":false}]                               | conditionsMet[1].note
            [{"index":1,"met":true},{"index":2,"met":false,"note":"  "}]                   | conditionsMet[1].note
            [{"index":1,"met":true},{"index":2,"met":"yes"}]                               | conditionsMet[1].met
            [{"index":1,"met":true},{"index":2}]                                           | conditionsMet[1].met
            [{"index":1,"met":true},{"index":3,"met":true}]                                | conditionsMet[1].index
            [{"index":1,"met":true},{"index":1,"met":true}]                                | conditionsMet[1].index
            [{"index":"1","met":true},{"index":2,"met":true}]                              | conditionsMet[0].index
            [{"index":1,"met":true,"extra":1},{"index":2,"met":true}]                      | conditionsMet[0].extra
            [{"index":1,"met":true,"note":5},{"index":2,"met":true}]                       | conditionsMet[0].note
            [1,{"index":2,"met":true}]                                                     | conditionsMet[0]
            """)
    void answers(String json, String problem) {
        List<ConditionMet> answers = new ArrayList<>();
        var problems = ConditionsMetPolicy.check(json, TWO, answers);
        if (problem == null) {
            assertThat(problems).isEmpty();
            assertThat(answers).extracting(ConditionMet::condition).containsExactlyInAnyOrder("Capacity below 20 L",
                    "End-user certificate");
        } else {
            assertThat(problems).containsKey(problem);
            assertThat(answers).isEmpty();
        }
    }

    @Test
    void aRequestWithoutConditionsNeedsNoAnswerAndTakesNone() {
        assertThat(ConditionsMetPolicy.check(null, List.of(), new ArrayList<>())).isEmpty();
        assertThat(ConditionsMetPolicy.check("[ ]", List.of(), new ArrayList<>())).isEmpty();
        assertThat(ConditionsMetPolicy.check("[{\"index\":1,\"met\":true}]", List.of(), new ArrayList<>()))
                .containsKey("conditionsMet");
    }

    @Test
    void answersAreWrittenAndReadBackAndTheTemplateLeavesMetOpen() {
        List<ConditionMet> answers = List.of(new ConditionMet(1, "Capacity below 20 L", true, null),
                new ConditionMet(2, "End-user certificate", false, "Pending"));
        String json = ConditionsMetPolicy.write(answers);
        assertThat(ConditionsMetPolicy.read(json)).isEqualTo(answers);
        assertThat(ConditionsMetPolicy.check(json, TWO, new ArrayList<>())).isEmpty();
        String template = ConditionsMetPolicy.template(TWO);
        assertThat(template).contains("\"met\":null").contains("Capacity below 20 L");
        assertThat(ConditionsMetPolicy.check(template, TWO, new ArrayList<>())).containsKey("conditionsMet[0].met");
        assertThat(ConditionsMetPolicy.check("[" + " ".repeat(100_001) + "]", TWO, new ArrayList<>())).containsKey("conditionsMet");
    }
}

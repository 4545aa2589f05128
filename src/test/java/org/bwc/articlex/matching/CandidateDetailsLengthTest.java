package org.bwc.articlex.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ranking's text for the caseworker fits the engine's 4,000-character text variable, whatever the offers. */
class CandidateDetailsLengthTest {

    @ParameterizedTest(name = "{0} characters → {1}")
    @CsvSource({"0, 0", "1, 1", "3999, 3999", "4000, 4000", "4001, 4000", "4112, 4000", "100000, 4000"})
    void detailsAreCutToTheEnginesTextLimitAndSaySo(int length, int expected) {
        String details = "x".repeat(length);
        String fitted = RankCandidatesDelegate.fitted(details);
        assertThat(fitted).hasSize(expected);
        assertThat(fitted.endsWith("every offer)")).isEqualTo(length > RankCandidatesDelegate.MAX_TEXT_VARIABLE);
        if (length <= RankCandidatesDelegate.MAX_TEXT_VARIABLE) {
            assertThat(fitted).isEqualTo(details);
        }
    }
}

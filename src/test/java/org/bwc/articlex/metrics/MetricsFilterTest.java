package org.bwc.articlex.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class MetricsFilterTest {

    private static MetricsFilter parse(Map<String, List<String>> params) {
        return MetricsFilter.parse(params, MetricsFilter.PARAMETERS);
    }

    private static List<FieldProblem> problems(Map<String, List<String>> params) {
        try {
            parse(params);
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("accepted " + params);
    }

    @Test
    void parsesEveryFilter() {
        MetricsFilter filter = parse(Map.of("from", List.of("2024-01-01"), "to", List.of("2024-06-30"),
                "region", List.of("AFRICAN"), "category", List.of("DIAGNOSTICS")));
        assertThat(filter).isEqualTo(new MetricsFilter(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), Region.AFRICAN,
                AssistanceCategory.DIAGNOSTICS));
    }

    @Test
    void blankMeansNoFilter() {
        assertThat(parse(Map.of("from", List.of(""), "region", List.of(" ")))).isEqualTo(MetricsFilter.NONE);
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThat(problems(Map.of("from", List.of("2024-13-01")))).extracting(FieldProblem::field).containsExactly("from");
        assertThat(problems(Map.of("to", List.of("yesterday")))).extracting(FieldProblem::field).containsExactly("to");
        assertThat(problems(Map.of("from", List.of("2024-05-01"), "to", List.of("2024-04-30"))))
                .extracting(FieldProblem::field).containsExactly("to");
        assertThat(problems(Map.of("region", List.of("EUROPE")))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("AFRICAN", "WESTERN_EUROPEAN_OTHERS"));
        assertThat(problems(Map.of("category", List.of("laboratory_equipment")))).extracting(FieldProblem::field)
                .containsExactly("category");
        assertThat(problems(Map.of("regoin", List.of("AFRICAN")))).extracting(FieldProblem::field).containsExactly("regoin");
        assertThat(problems(Map.of("region", List.of("AFRICAN", "ASIA_PACIFIC")))).extracting(FieldProblem::field)
                .containsExactly("region");
        assertThat(problems(Map.of("from", List.of("0999-01-01")))).extracting(FieldProblem::field).containsExactly("from");
    }

    @Test
    void csvOnlyWhenPreferred() {
        assertThat(MetricsController.wantsCsv("text/csv")).isTrue();
        assertThat(MetricsController.wantsCsv("text/csv, */*;q=0.5")).isTrue();
        assertThat(MetricsController.wantsCsv("application/json, text/csv;q=0.5")).isFalse();
        assertThat(MetricsController.wantsCsv("*/*")).isFalse();
        assertThat(MetricsController.wantsCsv(null)).isFalse();
        assertThatThrownBy(() -> MetricsFilter.parse(Map.of("year", List.of("2024")), MetricsFilter.PARAMETERS))
                .isInstanceOf(InvalidInputException.class);
    }
}

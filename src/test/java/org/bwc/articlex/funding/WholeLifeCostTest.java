package org.bwc.articlex.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.bwc.articlex.funding.WholeLifeCost.CostEstimate;
import org.bwc.articlex.funding.WholeLifeCost.CostLine;
import org.bwc.articlex.funding.WholeLifeCost.CostLineEstimate;
import org.bwc.articlex.funding.WholeLifeCost.FieldError;
import org.bwc.articlex.funding.WholeLifeCost.InvalidCostInputException;
import org.bwc.articlex.reference.ItemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WholeLifeCostTest {

    /** Two class II biosafety cabinets: 2 × 15,000 + 2 × (1,200 + 300) × 8 years = 30,000 + 24,000. */
    private static final CostLine CABINETS = line("Class II biosafety cabinet", "15000.00", 2, "1200.00", "300.00", null, 8);
    private static final CostLine COURSE = oneOff("Biosafety officer course", "2500.00", 4);

    static Stream<Arguments> estimates() {
        return Stream.of(
                estimate("one-off training only", List.of(oneOff("BSL-2 course", "12500.00", 1)),
                        "12500.00", "0.00", "12500.00"),
                estimate("equipment over its service life", List.of(CABINETS),
                        "30000.00", "24000.00", "54000.00"),
                estimate("equipment and training together", List.of(CABINETS, COURSE),
                        "40000.00", "24000.00", "64000.00"),
                estimate("maintenance, consumables and training, per unit: 3 × 1,000 + 3 × 400 × 5",
                        List.of(line("Autoclave", "1000.00", 3, "100.50", "49.50", "250.00", 5)),
                        "3000.00", "6000.00", "9000.00"),
                estimate("one year of service life counts the annual costs once",
                        List.of(line("Reagent kit", "800.00", 10, null, "120.00", null, 1)),
                        "8000.00", "1200.00", "9200.00"),
                estimate("HALF_EVEN rounds 0.125 down to 0.12",
                        List.of(oneOff("Pipette tip", "0.125", 1)),
                        "0.12", "0.00", "0.12"),
                estimate("HALF_EVEN rounds 0.375 up to 0.38",
                        List.of(oneOff("Pipette tip", "0.125", 3)),
                        "0.38", "0.00", "0.38"),
                estimate("recurring total rounded once from the exact 0.333 × 3 = 0.999, not 0.33 × 3",
                        List.of(line("Swab", "10.00", 1, null, "0.333", null, 3)),
                        "10.00", "1.00", "11.00"),
                estimate("totals add the rounded lines: 0.005 + 0.005 is 0.00 + 0.00",
                        List.of(oneOff("Label", "0.005", 1), oneOff("Label", "0.005", 1)),
                        "0.00", "0.00", "0.00"),
                estimate("zero recurring costs with zero service life is fine",
                        List.of(line("Manual", "45.00", 2, "0", "0.00", null, 0)),
                        "90.00", "0.00", "90.00"),
                estimate("in-kind donation at zero cost",
                        List.of(line("Donated centrifuge", "0", 1, "150.00", null, null, 8)),
                        "0.00", "1200.00", "1200.00"),
                estimate("no lines, no cost", List.of(), "0.00", "0.00", "0.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimates")
    void estimatesWholeLifeCost(String name, List<CostLine> lines, String oneOff, String recurring, String total) {
        CostEstimate estimate = WholeLifeCost.estimate(lines, "USD");

        assertThat(estimate.oneOff()).isEqualTo(new BigDecimal(oneOff));
        assertThat(estimate.recurringTotal()).isEqualTo(new BigDecimal(recurring));
        assertThat(estimate.total()).isEqualTo(new BigDecimal(total));
        assertThat(estimate.currency()).isEqualTo("USD");
        assertThat(estimate.lines()).hasSameSizeAs(lines);
    }

    @Test
    void itemisesEachLine() {
        CostEstimate estimate = WholeLifeCost.estimate(List.of(CABINETS, COURSE), "EUR");

        assertThat(estimate.lines()).containsExactly(
                new CostLineEstimate("Class II biosafety cabinet", money("30000.00"), money("3000.00"), 8,
                        money("24000.00"), money("54000.00")),
                new CostLineEstimate("Biosafety officer course", money("10000.00"), money("0.00"), 0,
                        money("0.00"), money("10000.00")));
        assertThat(estimate.currency()).isEqualTo("EUR");
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                invalid("lower-case currency", List.of(COURSE), "usd", "currency"),
                invalid("two-letter currency", List.of(COURSE), "US", "currency"),
                invalid("unknown currency", List.of(COURSE), "ZZZ", "currency"),
                invalid("missing currency", List.of(COURSE), null, "currency"),
                invalid("missing lines", null, "USD", "lines"),
                invalid("negative unit cost", List.of(oneOff("Kit", "-1.00", 1)), "USD", "lines[0].unitCost"),
                invalid("missing unit cost", List.of(oneOff("Kit", null, 1)), "USD", "lines[0].unitCost"),
                invalid("zero quantity", List.of(oneOff("Kit", "1.00", 0)), "USD", "lines[0].quantity"),
                invalid("blank description", List.of(oneOff(" ", "1.00", 1)), "USD", "lines[0].description"),
                invalid("negative maintenance", List.of(line("Cabinet", "1.00", 1, "-0.01", null, null, 8)), "USD",
                        "lines[0].annualMaintenance"),
                invalid("negative consumables on the second line",
                        List.of(COURSE, line("Cabinet", "1.00", 1, null, "-5", null, 8)), "USD",
                        "lines[1].annualConsumables"),
                invalid("negative training", List.of(line("Cabinet", "1.00", 1, null, null, "-100", 8)), "USD",
                        "lines[0].annualTraining"),
                invalid("recurring costs over no service life", List.of(line("Cabinet", "1.00", 1, "10", null, null, 0)),
                        "USD", "lines[0].serviceLifeYears"),
                invalid("negative service life", List.of(line("Kit", "1.00", 1, null, null, null, -1)), "USD",
                        "lines[0].serviceLifeYears"),
                invalid("a missing line", Arrays.asList(COURSE, null), "USD", "lines[1]"),
                invalid("every offending field at once",
                        List.of(line(null, "-1", 0, "-1", "-1", "-1", -1)), "EURO",
                        "currency", "lines[0].description", "lines[0].unitCost", "lines[0].quantity",
                        "lines[0].annualMaintenance", "lines[0].annualConsumables", "lines[0].annualTraining",
                        "lines[0].serviceLifeYears"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void rejectsInvalidInputNamingTheFields(String name, List<CostLine> lines, String currency, List<String> fields) {
        InvalidCostInputException e = assertThrows(InvalidCostInputException.class,
                () -> WholeLifeCost.estimate(lines, currency));

        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.errors()).extracting(FieldError::field).containsExactlyElementsOf(fields);
        assertThat(e.getMessage()).contains(fields);
    }

    @Test
    void saysWhatIsWrongWithTheField() {
        InvalidCostInputException e = assertThrows(InvalidCostInputException.class,
                () -> WholeLifeCost.estimate(List.of(oneOff("Kit", "-1.00", 1)), "usd"));

        assertThat(e.errors()).containsExactly(
                new FieldError("currency", "must be a 3-letter ISO 4217 code, got 'usd'"),
                new FieldError("lines[0].unitCost", "must not be negative, got -1.00"));
        assertThat(e).hasMessage("currency must be a 3-letter ISO 4217 code, got 'usd'; "
                + "lines[0].unitCost must not be negative, got -1.00");
    }

    @ParameterizedTest(name = "{0} → {1} years")
    @CsvSource({
            "EQUIPMENT, 8",
            "MATERIAL, 1",
            "AGENT, 1",
            "TRAINING, 1",
            "EXPERTISE, 1",
            "INFORMATION, 1",
            "FUNDING, 1"})
    void defaultServiceLife(ItemKind kind, int years) {
        assertThat(WholeLifeCost.defaultServiceLifeYears(kind)).isEqualTo(years);
    }

    private static Arguments estimate(String name, List<CostLine> lines, String oneOff, String recurring, String total) {
        return Arguments.of(name, lines, oneOff, recurring, total);
    }

    private static Arguments invalid(String name, List<CostLine> lines, String currency, String... fields) {
        return Arguments.of(name, lines, currency, List.of(fields));
    }

    private static CostLine oneOff(String description, String unitCost, int quantity) {
        return CostLine.oneOff(description, decimal(unitCost), quantity);
    }

    private static CostLine line(String description, String unitCost, int quantity, String maintenance,
                                 String consumables, String training, int serviceLifeYears) {
        return new CostLine(description, decimal(unitCost), quantity, decimal(maintenance), decimal(consumables),
                decimal(training), serviceLifeYears);
    }

    private static BigDecimal decimal(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}

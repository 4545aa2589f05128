package org.bwc.articlex.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.bwc.articlex.funding.FundingEstimator.CostBasis;
import org.bwc.articlex.funding.FundingEstimator.Estimate;
import org.bwc.articlex.funding.FundingEstimator.Item;
import org.bwc.articlex.reference.ItemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FundingEstimatorTest {

    private static final Item COURSE = new Item(ItemKind.TRAINING, "Biosafety officer course", 20);
    private static final Item CABINETS = new Item(ItemKind.EQUIPMENT, "Class II biosafety cabinet", 2);
    private static final Item REAGENTS = new Item(ItemKind.MATERIAL, "PCR reagents", 50);

    private final FundingEstimator estimator = new FundingEstimator(new FundingProperties());

    static Stream<Arguments> estimates() {
        return Stream.of(
                estimate("example request: half of 85,000 is equipment, 10 % of it a year for 8 years",
                        "85000.00", List.of(COURSE, CABINETS), "85000.00", "34000.00", "119000.00"),
                estimate("no equipment, no recurring cost", "12500.00", List.of(COURSE, REAGENTS), "12500.00", "0.00", "12500.00"),
                estimate("equipment only", "40000.00", List.of(CABINETS), "40000.00", "32000.00", "72000.00"),
                estimate("shares add up to the cent: 100.00 over 3 lines is 33.33 + 33.33 + 33.34",
                        "100.00", List.of(COURSE, REAGENTS, CABINETS), "100.00", "26.67", "126.67"),
                estimate("no items: the request as a whole, delivered once", "5000.00", List.of(), "5000.00", "0.00", "5000.00"),
                estimate("a zero estimate costs nothing over any life", "0.00", List.of(CABINETS), "0.00", "0.00", "0.00"),
                estimate("no estimate: the configured default one-off cost", null, List.of(COURSE), "10000.00", "0.00", "10000.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimates")
    void estimatesTheWholeLifeCostOfARequest(String name, String estimatedCost, List<Item> items, String oneOff,
            String recurring, String total) {
        Estimate estimate = estimator.estimate(estimatedCost == null ? null : new BigDecimal(estimatedCost),
                estimatedCost == null ? null : "USD", items);

        assertThat(estimate.cost().oneOff()).isEqualTo(new BigDecimal(oneOff));
        assertThat(estimate.cost().recurringTotal()).isEqualTo(new BigDecimal(recurring));
        assertThat(estimate.cost().total()).isEqualTo(new BigDecimal(total));
        assertThat(estimate.cost().currency()).isEqualTo("USD");
        assertThat(estimate.basis()).isEqualTo(estimatedCost == null ? CostBasis.DEFAULT : CostBasis.REQUEST_ESTIMATE);
        assertThat(estimate.cost().lines()).hasSize(Math.max(1, items.size()));
    }

    @Test
    void equipmentLinesCarryTheirServiceLifeAndOtherLinesNone() {
        Estimate estimate = estimator.estimate(new BigDecimal("85000.00"), "EUR", List.of(COURSE, CABINETS));

        assertThat(estimate.kinds()).containsExactly(ItemKind.TRAINING, ItemKind.EQUIPMENT);
        assertThat(estimate.cost().lines().get(0).serviceLifeYears()).isZero();
        assertThat(estimate.cost().lines().get(1).serviceLifeYears()).isEqualTo(WholeLifeCost.EQUIPMENT_SERVICE_LIFE_YEARS);
        assertThat(estimate.cost().lines().get(1).annualRecurring()).isEqualTo(new BigDecimal("4250.00"));
        assertThat(estimate.cost().lines().get(1).description()).isEqualTo("EQUIPMENT: Class II biosafety cabinet × 2");
        assertThat(estimate.cost().currency()).isEqualTo("EUR");
    }

    @Test
    void ratesAndDefaultsAreConfigurable() {
        FundingProperties properties = new FundingProperties();
        properties.setAnnualMaintenanceRate(new BigDecimal("0.10"));
        properties.setAnnualConsumablesRate(BigDecimal.ZERO);
        properties.setAnnualTrainingRate(BigDecimal.ZERO);
        properties.setDefaultOneOffCost(new BigDecimal("2000"));
        properties.setDefaultCurrency("CHF");
        Estimate estimate = new FundingEstimator(properties).estimate(null, null, List.of(CABINETS));

        assertThat(estimate.cost().total()).isEqualTo(new BigDecimal("3600.00"));
        assertThat(estimate.cost().currency()).isEqualTo("CHF");
    }

    @Test
    void badSettingsStopTheStartUp() {
        FundingProperties properties = new FundingProperties();
        assertThatThrownBy(() -> properties.setAnnualMaintenanceRate(new BigDecimal("5"))).hasMessageContaining("annual-maintenance-rate");
        assertThatThrownBy(() -> properties.setAnnualTrainingRate(new BigDecimal("-0.01"))).hasMessageContaining("annual-training-rate");
        assertThatThrownBy(() -> properties.setDefaultCurrency("usd")).hasMessageContaining("default-currency");
        assertThatThrownBy(() -> properties.setDefaultOneOffCost(new BigDecimal("-1"))).hasMessageContaining("default-one-off-cost");
    }

    private static Arguments estimate(String name, String estimatedCost, List<Item> items, String oneOff, String recurring,
            String total) {
        return Arguments.of(name, estimatedCost, items, oneOff, recurring, total);
    }
}

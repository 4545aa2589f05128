package org.bwc.articlex.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bwc.articlex.funding.WholeLifeCost.CostEstimate;
import org.bwc.articlex.funding.WholeLifeCost.CostLine;
import org.bwc.articlex.reference.ItemKind;

/**
 * Turns a request into the lines of its whole-life cost estimate ({@link WholeLifeCost}). The requester gives one
 * {@code estimatedCost} for the whole request (or none: then {@code articlex.funding.default-one-off-cost}); it is
 * the one-off cost, shared equally between the requested items (the last item takes the rounding remainder, so
 * the shares add up to the cent). Each EQUIPMENT item adds, every year of its service life
 * ({@link WholeLifeCost#defaultServiceLifeYears}), maintenance, consumables and training at the configured rates of
 * its one-off share; every other kind is delivered once.
 */
public final class FundingEstimator {

    /** What the estimate rests on: the requester's own figure, or the configured default. */
    public enum CostBasis {
        REQUEST_ESTIMATE,
        DEFAULT
    }

    /** One requested item, as the estimate needs it. */
    public record Item(ItemKind kind, String description, int quantity) {
    }

    /** The estimate, its basis, and the kind of each line (in the order of the items). */
    public record Estimate(CostEstimate cost, CostBasis basis, List<ItemKind> kinds) {

        public Estimate {
            kinds = List.copyOf(kinds);
        }
    }

    private final FundingProperties properties;

    public FundingEstimator(FundingProperties properties) {
        this.properties = properties;
    }

    /** The currency a request is funded in: that of its estimate, or the configured default. */
    public String currency(String estimatedCostCurrency) {
        return estimatedCostCurrency == null ? properties.getDefaultCurrency() : estimatedCostCurrency.strip();
    }

    /**
     * @param estimatedCost the request's estimated cost, or null when it gave none
     * @param currency its currency, or null when it gave none
     */
    public Estimate estimate(BigDecimal estimatedCost, String currency, List<Item> items) {
        CostBasis basis = estimatedCost == null ? CostBasis.DEFAULT : CostBasis.REQUEST_ESTIMATE;
        BigDecimal oneOff = money(estimatedCost == null ? properties.getDefaultOneOffCost() : estimatedCost);
        List<Item> lines = items.isEmpty() ? List.of(new Item(ItemKind.FUNDING, "The request as a whole", 1)) : items;
        BigDecimal share = oneOff.divide(BigDecimal.valueOf(lines.size()), WholeLifeCost.SCALE, WholeLifeCost.ROUNDING);
        BigDecimal shared = BigDecimal.ZERO;
        List<CostLine> costLines = new ArrayList<>(lines.size());
        List<ItemKind> kinds = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Item item = lines.get(i);
            BigDecimal lineCost = i == lines.size() - 1 ? oneOff.subtract(shared) : share;
            shared = shared.add(lineCost);
            costLines.add(line(item, lineCost));
            kinds.add(item.kind());
        }
        return new Estimate(WholeLifeCost.estimate(costLines, currency(currency)), basis, kinds);
    }

    private CostLine line(Item item, BigDecimal oneOff) {
        String description = "%s: %s × %d".formatted(item.kind(), item.description(), item.quantity());
        if (item.kind() != ItemKind.EQUIPMENT) {
            return CostLine.oneOff(description, oneOff, 1);
        }
        return new CostLine(description, oneOff, 1, oneOff.multiply(properties.getAnnualMaintenanceRate()),
                oneOff.multiply(properties.getAnnualConsumablesRate()), oneOff.multiply(properties.getAnnualTrainingRate()),
                WholeLifeCost.defaultServiceLifeYears(item.kind()));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(WholeLifeCost.SCALE, WholeLifeCost.ROUNDING);
    }
}

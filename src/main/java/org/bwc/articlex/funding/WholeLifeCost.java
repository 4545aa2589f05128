package org.bwc.articlex.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

import org.bwc.articlex.reference.ItemKind;

/**
 * Whole-life cost estimate of a request (docs/funding.md): what the items cost to buy, plus what keeping
 * them in service costs — maintenance, consumables and training — over their service life. Donors and
 * requesters see the full bill up front, rather than equipment that stands idle after year one.
 * <p>
 * Money is {@link BigDecimal} at scale 2, {@link RoundingMode#HALF_EVEN}. Each line is computed exactly
 * and rounded once; the totals are sums of the rounded lines, so the estimate adds up on paper.
 */
public final class WholeLifeCost {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    /** A typical service life of laboratory equipment (biosafety cabinets, autoclaves, PCR cyclers). */
    public static final int EQUIPMENT_SERVICE_LIFE_YEARS = 8;

    private WholeLifeCost() {
    }

    /**
     * One line of the estimate. Annual amounts are per unit, like {@code unitCost}, and may be null for
     * none; {@code serviceLifeYears} may be 0 only for a line without recurring costs.
     */
    public record CostLine(String description, BigDecimal unitCost, int quantity, BigDecimal annualMaintenance,
                           BigDecimal annualConsumables, BigDecimal annualTraining, int serviceLifeYears) {

        /** A line bought or delivered once (training, expertise, materials), with no recurring cost. */
        public static CostLine oneOff(String description, BigDecimal unitCost, int quantity) {
            return new CostLine(description, unitCost, quantity, null, null, null, 0);
        }
    }

    /**
     * @param oneOff          unit cost × quantity
     * @param annualRecurring recurring cost of the whole line for one year
     * @param recurringTotal  recurring cost over the service life
     * @param total           oneOff + recurringTotal
     */
    public record CostLineEstimate(String description, BigDecimal oneOff, BigDecimal annualRecurring,
                                   int serviceLifeYears, BigDecimal recurringTotal, BigDecimal total) {
    }

    public record CostEstimate(BigDecimal oneOff, BigDecimal recurringTotal, BigDecimal total, String currency,
                               List<CostLineEstimate> lines) {

        public CostEstimate {
            lines = List.copyOf(lines);
        }
    }

    /** One offending input field, named as the API names it (e.g. {@code lines[2].unitCost}). */
    public record FieldError(String field, String message) {

        @Override
        public String toString() {
            return field + " " + message;
        }
    }

    /** Every offending field at once, so the API can answer with all of them in one problem+json. */
    public static final class InvalidCostInputException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final transient List<FieldError> errors;

        InvalidCostInputException(List<FieldError> errors) {
            super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
            this.errors = List.copyOf(errors);
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    /**
     * @throws InvalidCostInputException (an {@link IllegalArgumentException}) naming every offending field:
     *                                   negative amounts, quantity below 1, a blank description, a service
     *                                   life below 1 year on a line with recurring costs, or a currency
     *                                   that is not an ISO 4217 code
     */
    public static CostEstimate estimate(List<CostLine> lines, String currency) {
        List<FieldError> errors = new ArrayList<>();
        validateCurrency(currency, errors);
        if (lines == null) {
            errors.add(new FieldError("lines", "is required"));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                validateLine(lines.get(i), "lines[" + i + "]", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCostInputException(errors);
        }

        BigDecimal oneOff = zero();
        BigDecimal recurring = zero();
        List<CostLineEstimate> estimates = new ArrayList<>(lines.size());
        for (CostLine line : lines) {
            CostLineEstimate estimate = estimateLine(line);
            oneOff = oneOff.add(estimate.oneOff());
            recurring = recurring.add(estimate.recurringTotal());
            estimates.add(estimate);
        }
        return new CostEstimate(oneOff, recurring, oneOff.add(recurring), currency, estimates);
    }

    /**
     * Service life to assume when the requester gives none: equipment is kept in service for years;
     * every other kind is consumed or delivered once, so a one-year horizon counts any follow-up once.
     */
    public static int defaultServiceLifeYears(ItemKind kind) {
        return switch (kind) {
            case EQUIPMENT -> EQUIPMENT_SERVICE_LIFE_YEARS;
            case MATERIAL, AGENT, TRAINING, EXPERTISE, INFORMATION, FUNDING -> 1;
        };
    }

    private static CostLineEstimate estimateLine(CostLine line) {
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        BigDecimal annualPerUnit = orZero(line.annualMaintenance())
                .add(orZero(line.annualConsumables()))
                .add(orZero(line.annualTraining()));
        BigDecimal annualExact = annualPerUnit.multiply(quantity);
        // Rounded from the exact product, not from the rounded annual figure: no error multiplied by the years.
        BigDecimal recurringTotal = money(annualExact.multiply(BigDecimal.valueOf(line.serviceLifeYears())));
        BigDecimal oneOff = money(line.unitCost().multiply(quantity));
        return new CostLineEstimate(line.description(), oneOff, money(annualExact), line.serviceLifeYears(),
                recurringTotal, oneOff.add(recurringTotal));
    }

    private static void validateCurrency(String currency, List<FieldError> errors) {
        String problem = "must be a 3-letter ISO 4217 code, got " + (currency == null ? "nothing" : "'" + currency + "'");
        // The shape check catches lower case and typos; getInstance then rejects codes ISO 4217 does not list.
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            errors.add(new FieldError("currency", problem));
            return;
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError("currency", problem));
        }
    }

    private static void validateLine(CostLine line, String field, List<FieldError> errors) {
        if (line == null) {
            errors.add(new FieldError(field, "is required"));
            return;
        }
        if (line.description() == null || line.description().isBlank()) {
            errors.add(new FieldError(field + ".description", "must not be blank"));
        }
        if (line.unitCost() == null) {
            errors.add(new FieldError(field + ".unitCost", "is required"));
        } else {
            requireNotNegative(line.unitCost(), field + ".unitCost", errors);
        }
        if (line.quantity() < 1) {
            errors.add(new FieldError(field + ".quantity", "must be at least 1, got " + line.quantity()));
        }
        requireNotNegative(line.annualMaintenance(), field + ".annualMaintenance", errors);
        requireNotNegative(line.annualConsumables(), field + ".annualConsumables", errors);
        requireNotNegative(line.annualTraining(), field + ".annualTraining", errors);
        if (line.serviceLifeYears() < 0) {
            errors.add(new FieldError(field + ".serviceLifeYears", "must not be negative, got " + line.serviceLifeYears()));
        } else if (line.serviceLifeYears() == 0 && hasRecurringCosts(line)) {
            errors.add(new FieldError(field + ".serviceLifeYears", "must be at least 1 year for a line with recurring costs"));
        }
    }

    private static boolean hasRecurringCosts(CostLine line) {
        return orZero(line.annualMaintenance()).signum() > 0
                || orZero(line.annualConsumables()).signum() > 0
                || orZero(line.annualTraining()).signum() > 0;
    }

    private static void requireNotNegative(BigDecimal amount, String field, List<FieldError> errors) {
        if (amount != null && amount.signum() < 0) {
            errors.add(new FieldError(field, "must not be negative, got " + amount.toPlainString()));
        }
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}

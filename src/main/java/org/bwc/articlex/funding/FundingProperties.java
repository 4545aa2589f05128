package org.bwc.articlex.funding;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * How a funding round estimates what a request must raise, bound from {@code articlex.funding.*} (the defaults
 * below apply when nothing is set). Rates are fractions of an equipment item's one-off cost per year of its service
 * life, e.g. {@code 0.05} for 5 % a year. Each value is checked when bound, so a typo stops the start-up.
 */
public class FundingProperties {

    private BigDecimal defaultOneOffCost = new BigDecimal("10000.00");
    private String defaultCurrency = "USD";
    private BigDecimal annualMaintenanceRate = new BigDecimal("0.05");
    private BigDecimal annualConsumablesRate = new BigDecimal("0.03");
    private BigDecimal annualTrainingRate = new BigDecimal("0.02");

    /** The one-off cost assumed for a request that gives no {@code estimatedCost}. */
    public BigDecimal getDefaultOneOffCost() {
        return defaultOneOffCost;
    }

    public void setDefaultOneOffCost(BigDecimal defaultOneOffCost) {
        if (defaultOneOffCost == null || defaultOneOffCost.signum() < 0) {
            throw new IllegalArgumentException("articlex.funding.default-one-off-cost must be a non-negative amount, was: " + defaultOneOffCost);
        }
        this.defaultOneOffCost = defaultOneOffCost;
    }

    /** The funding currency of a request that gives no {@code estimatedCost}. */
    public String getDefaultCurrency() {
        return defaultCurrency;
    }

    public void setDefaultCurrency(String defaultCurrency) {
        try {
            Currency.getInstance(defaultCurrency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("articlex.funding.default-currency must be an ISO 4217 code such as USD, was: " + defaultCurrency, e);
        }
        this.defaultCurrency = defaultCurrency;
    }

    public BigDecimal getAnnualMaintenanceRate() {
        return annualMaintenanceRate;
    }

    public void setAnnualMaintenanceRate(BigDecimal annualMaintenanceRate) {
        this.annualMaintenanceRate = rate("annual-maintenance-rate", annualMaintenanceRate);
    }

    public BigDecimal getAnnualConsumablesRate() {
        return annualConsumablesRate;
    }

    public void setAnnualConsumablesRate(BigDecimal annualConsumablesRate) {
        this.annualConsumablesRate = rate("annual-consumables-rate", annualConsumablesRate);
    }

    public BigDecimal getAnnualTrainingRate() {
        return annualTrainingRate;
    }

    public void setAnnualTrainingRate(BigDecimal annualTrainingRate) {
        this.annualTrainingRate = rate("annual-training-rate", annualTrainingRate);
    }

    private static BigDecimal rate(String name, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("articlex.funding." + name + " must be a fraction between 0 and 1 (0.05 for 5 % a year), was: " + value);
        }
        return value;
    }
}

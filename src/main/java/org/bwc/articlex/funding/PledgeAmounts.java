package org.bwc.articlex.funding;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * What a plausible pledge amount is: positive, no finer than the currency's minor unit (2 decimals for USD, none
 * for JPY), and no more than the need. While the request raises funds the need is the remaining gap (the whole-life
 * estimate minus the confirmed pledges): a pledge above it is refused with the gap named, so that no single pledge
 * can stand for more than is missing. Once funding is secured a pledge is surplus, and at most the whole-life cost.
 */
final class PledgeAmounts {

    private PledgeAmounts() {
    }

    /** The problem with {@code amount} for field {@code amount.amount}, if any. */
    static Optional<String> problem(BigDecimal amount, String currency, BigDecimal limit, boolean surplus) {
        if (amount.signum() <= 0) {
            return Optional.of("must be greater than zero");
        }
        int decimals = minorUnits(currency);
        if (amount.stripTrailingZeros().scale() > decimals) {
            return Optional.of("must have at most " + decimals + " decimals in " + currency);
        }
        if (amount.compareTo(limit) > 0) {
            String max = limit.setScale(WholeLifeCost.SCALE).toPlainString() + " " + currency;
            return Optional.of(surplus
                    ? "must be at most " + max + ", the request's whole-life cost: its funding is secured, a pledge now is surplus"
                    : "must be at most " + max + ", the remaining funding gap (whole-life cost minus confirmed pledges)");
        }
        return Optional.empty();
    }

    /** Decimals of the currency's minor unit; 2 where ISO 4217 defines none. */
    static int minorUnits(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : Math.min(digits, 2);
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}

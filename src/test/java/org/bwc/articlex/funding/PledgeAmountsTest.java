package org.bwc.articlex.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a plausible pledge amount is: {@link PledgeAmounts}. */
class PledgeAmountsTest {

    @ParameterizedTest(name = "{0} {1} against {2} (surplus {3}) → {4}")
    @CsvSource(nullValues = "-", value = {
            // amount, currency, limit, surplus, problem (a part of it) or none
            "0.01, USD, 119000.00, false, -",
            "119000.00, USD, 119000.00, false, -",
            "119000.01, USD, 119000.00, false, 'at most 119000.00 USD, the remaining funding gap'",
            "9999999999999.99, USD, 119000.00, false, 'at most 119000.00 USD'",
            "5000.00, USD, 119000.00, true, -",
            "119000.01, USD, 119000.00, true, 'at most 119000.00 USD, the request''s whole-life cost'",
            "0, USD, 119000.00, false, 'greater than zero'",
            "0.00, USD, 119000.00, false, 'greater than zero'",
            "-1, USD, 119000.00, false, 'greater than zero'",
            "100, JPY, 500000, false, -",
            "100.50, JPY, 500000, false, 'at most 0 decimals in JPY'",
            "100.00, JPY, 500000, false, -",
            "1.5, EUR, 10, false, -",
            "1.505, EUR, 10, false, 'at most 2 decimals in EUR'",
            "1.1234, KWD, 10, false, 'at most 2 decimals'",
            "1, USD, 0.00, false, 'at most 0.00 USD'",
    })
    void positiveNoFinerThanTheCurrencyAndNoMoreThanTheNeed(String amount, String currency, String limit, boolean surplus,
            String problem) {
        var found = PledgeAmounts.problem(new BigDecimal(amount), currency, new BigDecimal(limit), surplus);
        if (problem == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).hasValueSatisfying(p -> assertThat(p).contains(problem));
        }
    }

    @ParameterizedTest
    @CsvSource({"USD, 2", "EUR, 2", "JPY, 0", "KWD, 2", "XXX, 2", "ZZZ, 2"})
    void minorUnitsOfTheCurrencyAtMostTwo(String currency, int decimals) {
        assertThat(PledgeAmounts.minorUnits(currency)).isEqualTo(decimals);
    }
}

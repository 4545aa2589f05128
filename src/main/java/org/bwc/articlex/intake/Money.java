package org.bwc.articlex.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** Money as the API writes it: the amount is a non-negative decimal string, never a binary floating-point number. */
public record Money(
        @NotBlank @Pattern(regexp = "\\d{1,13}(\\.\\d{1,2})?", message = "must be a non-negative decimal amount such as 12500.00") String amount,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as USD") String currency) {

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount.setScale(2).toPlainString(), currency);
    }

    public BigDecimal decimal() {
        return new BigDecimal(amount);
    }
}

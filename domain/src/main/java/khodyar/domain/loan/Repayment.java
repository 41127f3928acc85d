package khodyar.domain.loan;

import java.time.LocalDate;
import java.util.Objects;

import khodyar.domain.money.Money;

/**
 * A repayment applied to a loan, under the idempotency key it arrived with, and how it was
 * split between the service fee, interest and principal ({@link Loan#applyRepayment}).
 */
public record Repayment(String key, LocalDate date, Money amount, Money fee, Money interest, Money principal) {

    public Repayment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(date, "date");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a repayment needs its idempotency key");
        }
        if (!amount.equals(fee.plus(interest).plus(principal))) {
            throw new IllegalArgumentException("repayment " + key + ": " + amount + " is not fee + interest + principal");
        }
    }
}

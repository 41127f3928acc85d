package khodyar.domain.loan;

import java.util.Objects;

import khodyar.domain.money.Money;

/** What a member asks for: an amount over a number of months. */
public record RequestedLoan(Money amount, int months) {
    public RequestedLoan {
        Objects.requireNonNull(amount, "amount");
    }
}

package khodyar.domain.loan;

import java.time.LocalDate;
import java.util.Optional;

import khodyar.domain.money.Money;

/**
 * What a repayment did: the loan after it, the split, what the member still owes and when the
 * next instalment falls due. {@code alreadyApplied} is true when the same key came again: the
 * loan is unchanged and {@code repayment} is the one applied the first time.
 */
public record RepaymentApplied(
        Loan loan,
        Repayment repayment,
        Money stillOwed,
        Optional<NextDue> nextDue,
        boolean alreadyApplied) {

    /** The next instalment with something unpaid: its date and the unpaid part of it. */
    public record NextDue(int instalmentNumber, LocalDate date, Money amount) {
    }
}

package khodyar.domain.loan;

import java.time.LocalDate;
import java.util.Objects;

import khodyar.domain.money.Money;

/**
 * One line of a repayment schedule: what falls due on {@code dueDate}, and the principal still
 * owed once it is paid.
 */
public record Instalment(
        int number,
        LocalDate dueDate,
        Money principal,
        Money interest,
        Money fee,
        Money total,
        Money remainingPrincipal) {

    public Instalment {
        Objects.requireNonNull(dueDate, "dueDate");
        if (number < 1) {
            throw new IllegalArgumentException("instalments are numbered from 1: " + number);
        }
        if (!total.equals(principal.plus(interest).plus(fee))) {
            throw new IllegalArgumentException("instalment " + number + ": total " + total
                    + " is not principal + interest + fee");
        }
    }

    static Instalment of(int number, LocalDate dueDate, Money principal, Money interest, Money fee,
            Money remainingPrincipal) {
        return new Instalment(number, dueDate, principal, interest, fee,
                principal.plus(interest).plus(fee), remainingPrincipal);
    }

    /** Due on or before {@code date}: its amounts may be asked for. */
    public boolean isDueBy(LocalDate date) {
        return !dueDate.isAfter(date);
    }
}

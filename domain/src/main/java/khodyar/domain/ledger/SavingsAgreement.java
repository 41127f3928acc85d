package khodyar.domain.ledger;

import java.time.LocalDate;
import khodyar.domain.money.Money;

/** What each member saves per round and when rounds fall due, as the assembly agreed. */
public record SavingsAgreement(Money amountPerRound, Rhythm rhythm, LocalDate firstDueDate) {

    public SavingsAgreement {
        if (amountPerRound == null || rhythm == null || firstDueDate == null) {
            throw new IllegalArgumentException("savings agreement needs an amount, a rhythm and a first due date");
        }
        if (amountPerRound.isZero()) {
            throw new IllegalArgumentException("the agreed amount per round is positive");
        }
    }

    public LocalDate dueDate(int roundNumber) {
        if (roundNumber < 1) {
            throw new IllegalArgumentException("rounds count from 1: " + roundNumber);
        }
        return rhythm.dueDate(firstDueDate, roundNumber);
    }

    /** How many rounds have fallen due on or before {@code date}. */
    public int roundsDueBy(LocalDate date) {
        int count = 0;
        while (!dueDate(count + 1).isAfter(date)) {
            count++;
        }
        return count;
    }
}

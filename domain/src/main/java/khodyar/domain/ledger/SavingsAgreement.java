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

    /**
     * How many rounds have fallen due on or before {@code date}: counted from the rhythm's estimate and
     * set right by a step or two, so it costs the same after five years as after five weeks.
     */
    public int roundsDueBy(LocalDate date) {
        int count = Math.max(0, rhythm.roundsDueEstimate(firstDueDate, date) - 1);
        while (count > 0 && dueDate(count).isAfter(date)) {
            count--;
        }
        while (!dueDate(count + 1).isAfter(date)) {
            count++;
        }
        return count;
    }

    /** How many of rounds 1..{@code lastRound} fell due on or after {@code memberSince}: the member's rounds. */
    public int roundsOf(LocalDate memberSince, int lastRound) {
        return Math.max(0, lastRound - roundsDueBy(memberSince.minusDays(1)));
    }

    /**
     * What a member who joined on {@code memberSince} and saved {@code savedRials} in all still owes for
     * their rounds through {@code lastRound}: the same as summing {@link SavingsBook#standings} over those
     * rounds with the savings as one deposit (deposits fill rounds in order), without walking the rounds.
     */
    public Money owedThrough(LocalDate memberSince, long savedRials, int lastRound) {
        long due = Math.multiplyExact(amountPerRound.rials(), roundsOf(memberSince, lastRound));
        return Money.ofRials(Math.max(0, due - Math.max(0, savedRials)));
    }
}

package khodyar.domain.roadmap;

import java.util.Set;

/**
 * What the group's books say, as far as the roadmap cares. The bot builds it from the ledger (and
 * the assembly's votes); the roadmap only reads it.
 *
 * @param confirmedDeposits           savings deposits a treasurer has confirmed
 * @param closedSavingsRounds         savings rounds (meetings' collections) closed so far
 * @param interestRateDecided         the assembly has voted the internal-loan interest rate (C4)
 * @param internalLoansPaidOut        internal loans paid out from the fund
 * @param internalRepaymentsConfirmed internal-loan repayments a treasurer has confirmed
 * @param bankLoansReceived           bank loans the group has received
 * @param bankLoansRepaid             bank loans the group has repaid in full
 * @param capitalAssistanceRequested  the local implementer's request for capital assistance is on record (C6)
 * @param stepsOnRecord               steps a record outside the ledger settles: the assembly's passed votes
 *                                    (O2, O3, O4, M2, M10) and the trainings held (C1, C2, C10, M5, M6)
 */
public record BookFacts(int confirmedDeposits, int closedSavingsRounds, boolean interestRateDecided,
                        int internalLoansPaidOut, int internalRepaymentsConfirmed, int bankLoansReceived,
                        int bankLoansRepaid, boolean capitalAssistanceRequested, Set<StepId> stepsOnRecord) {

    /** A new group's books: nothing has happened yet. */
    public static final BookFacts NOTHING_YET = new BookFacts(0, 0, false, 0, 0, 0, 0, false, Set.of());

    public BookFacts {
        stepsOnRecord = Set.copyOf(stepsOnRecord);
        if (confirmedDeposits < 0 || closedSavingsRounds < 0 || internalLoansPaidOut < 0
                || internalRepaymentsConfirmed < 0 || bankLoansReceived < 0 || bankLoansRepaid < 0) {
            throw new IllegalArgumentException("counts in the books are never negative: " + this);
        }
        if (bankLoansRepaid > bankLoansReceived) {
            throw new IllegalArgumentException("more bank loans repaid than received: " + this);
        }
    }

    /** Facts with no step on record elsewhere. */
    public BookFacts(int confirmedDeposits, int closedSavingsRounds, boolean interestRateDecided,
                     int internalLoansPaidOut, int internalRepaymentsConfirmed, int bankLoansReceived,
                     int bankLoansRepaid, boolean capitalAssistanceRequested) {
        this(confirmedDeposits, closedSavingsRounds, interestRateDecided, internalLoansPaidOut,
                internalRepaymentsConfirmed, bankLoansReceived, bankLoansRepaid, capitalAssistanceRequested, Set.of());
    }

    /** Whether a record outside the ledger (a passed vote, a training held) settles this step. */
    public boolean onRecord(StepId step) {
        return stepsOnRecord.contains(step);
    }

    public BookFacts withStepsOnRecord(Set<StepId> steps) {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, interestRateDecided, internalLoansPaidOut,
                internalRepaymentsConfirmed, bankLoansReceived, bankLoansRepaid, capitalAssistanceRequested, steps);
    }

    public BookFacts withConfirmedDeposits(int count) {
        return new BookFacts(count, closedSavingsRounds, interestRateDecided, internalLoansPaidOut,
                internalRepaymentsConfirmed, bankLoansReceived, bankLoansRepaid, capitalAssistanceRequested, stepsOnRecord);
    }

    public BookFacts withClosedSavingsRounds(int count) {
        return new BookFacts(confirmedDeposits, count, interestRateDecided, internalLoansPaidOut,
                internalRepaymentsConfirmed, bankLoansReceived, bankLoansRepaid, capitalAssistanceRequested, stepsOnRecord);
    }

    public BookFacts withInterestRateDecided() {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, true, internalLoansPaidOut,
                internalRepaymentsConfirmed, bankLoansReceived, bankLoansRepaid, capitalAssistanceRequested, stepsOnRecord);
    }

    public BookFacts withInternalLoansPaidOut(int count) {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, interestRateDecided, count,
                internalRepaymentsConfirmed, bankLoansReceived, bankLoansRepaid, capitalAssistanceRequested, stepsOnRecord);
    }

    public BookFacts withInternalRepaymentsConfirmed(int count) {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, interestRateDecided, internalLoansPaidOut,
                count, bankLoansReceived, bankLoansRepaid, capitalAssistanceRequested, stepsOnRecord);
    }

    public BookFacts withBankLoansReceived(int count) {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, interestRateDecided, internalLoansPaidOut,
                internalRepaymentsConfirmed, count, bankLoansRepaid, capitalAssistanceRequested, stepsOnRecord);
    }

    public BookFacts withBankLoansRepaid(int count) {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, interestRateDecided, internalLoansPaidOut,
                internalRepaymentsConfirmed, bankLoansReceived, count, capitalAssistanceRequested, stepsOnRecord);
    }

    public BookFacts withCapitalAssistanceRequested() {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, interestRateDecided, internalLoansPaidOut,
                internalRepaymentsConfirmed, bankLoansReceived, bankLoansRepaid, true, stepsOnRecord);
    }
}

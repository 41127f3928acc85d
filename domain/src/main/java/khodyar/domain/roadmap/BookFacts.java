package khodyar.domain.roadmap;

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
 */
public record BookFacts(int confirmedDeposits, int closedSavingsRounds, boolean interestRateDecided,
                        int internalLoansPaidOut, int internalRepaymentsConfirmed, int bankLoansReceived,
                        int bankLoansRepaid, boolean capitalAssistanceRequested) {

    /** A new group's books: nothing has happened yet. */
    public static final BookFacts NOTHING_YET = new BookFacts(0, 0, false, 0, 0, 0, 0, false);

    public BookFacts {
        if (confirmedDeposits < 0 || closedSavingsRounds < 0 || internalLoansPaidOut < 0
                || internalRepaymentsConfirmed < 0 || bankLoansReceived < 0 || bankLoansRepaid < 0) {
            throw new IllegalArgumentException("counts in the books are never negative: " + this);
        }
        if (bankLoansRepaid > bankLoansReceived) {
            throw new IllegalArgumentException("more bank loans repaid than received: " + this);
        }
    }

    public BookFacts withConfirmedDeposits(int count) {
        return new BookFacts(count, closedSavingsRounds, interestRateDecided, internalLoansPaidOut,
                internalRepaymentsConfirmed, bankLoansReceived, bankLoansRepaid, capitalAssistanceRequested);
    }

    public BookFacts withClosedSavingsRounds(int count) {
        return new BookFacts(confirmedDeposits, count, interestRateDecided, internalLoansPaidOut,
                internalRepaymentsConfirmed, bankLoansReceived, bankLoansRepaid, capitalAssistanceRequested);
    }

    public BookFacts withInterestRateDecided() {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, true, internalLoansPaidOut,
                internalRepaymentsConfirmed, bankLoansReceived, bankLoansRepaid, capitalAssistanceRequested);
    }

    public BookFacts withInternalLoansPaidOut(int count) {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, interestRateDecided, count,
                internalRepaymentsConfirmed, bankLoansReceived, bankLoansRepaid, capitalAssistanceRequested);
    }

    public BookFacts withInternalRepaymentsConfirmed(int count) {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, interestRateDecided, internalLoansPaidOut,
                count, bankLoansReceived, bankLoansRepaid, capitalAssistanceRequested);
    }

    public BookFacts withBankLoansReceived(int count) {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, interestRateDecided, internalLoansPaidOut,
                internalRepaymentsConfirmed, count, bankLoansRepaid, capitalAssistanceRequested);
    }

    public BookFacts withBankLoansRepaid(int count) {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, interestRateDecided, internalLoansPaidOut,
                internalRepaymentsConfirmed, bankLoansReceived, count, capitalAssistanceRequested);
    }

    public BookFacts withCapitalAssistanceRequested() {
        return new BookFacts(confirmedDeposits, closedSavingsRounds, interestRateDecided, internalLoansPaidOut,
                internalRepaymentsConfirmed, bankLoansReceived, bankLoansRepaid, true);
    }
}

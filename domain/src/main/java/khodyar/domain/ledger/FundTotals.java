package khodyar.domain.ledger;

import khodyar.domain.money.Money;

/**
 * The group fund at a glance, each figure in rials on its account's normal side (see
 * {@link Balance#rialsOnNormalSide}). A negative figure means the books need a correction.
 */
public record FundTotals(long memberSavingsRials, long cashRials, long bankRials, long loansOutstandingRials,
                         long incomeRials, long grantsRials, long bankLoansOwedRials) {

    /** What the fund holds: cash, bank and what members still owe on loans. */
    public long assetsRials() {
        return Math.addExact(Math.addExact(cashRials, bankRials), loansOutstandingRials);
    }

    /** Bank statement minus the books' bank balance: zero when they agree. */
    public long bankDifferenceRials(Money statementBalance) {
        return Math.subtractExact(statementBalance.rials(), bankRials);
    }
}

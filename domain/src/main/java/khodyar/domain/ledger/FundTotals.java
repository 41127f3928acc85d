package khodyar.domain.ledger;

import java.util.Map;
import khodyar.domain.money.Money;

/**
 * The group fund at a glance, each figure in rials on its account's normal side (see
 * {@link Balance#rialsOnNormalSide}). A negative figure means the books need a correction.
 */
public record FundTotals(long memberSavingsRials, long cashRials, long bankRials, long loansOutstandingRials,
                         long incomeRials, long grantsRials, long bankLoansOwedRials) {

    /** The totals of {@code balances} (a ledger's, or a stored cache's), each account kind summed. */
    public static FundTotals of(Map<Account, Balance> balances) {
        long savings = 0;
        long cash = 0;
        long bank = 0;
        long loans = 0;
        long income = 0;
        long grants = 0;
        long bankLoans = 0;
        for (Map.Entry<Account, Balance> entry : balances.entrySet()) {
            Account account = entry.getKey();
            long rials = entry.getValue().rialsOnNormalSide(account.normalSide());
            if (account instanceof Account.MemberSavings) {
                savings = Math.addExact(savings, rials);
            } else if (account instanceof Account.MemberLoan) {
                loans = Math.addExact(loans, rials);
            } else if (account instanceof Account.Cash) {
                cash = Math.addExact(cash, rials);
            } else if (account instanceof Account.Bank) {
                bank = Math.addExact(bank, rials);
            } else if (account instanceof Account.Income) {
                income = Math.addExact(income, rials);
            } else if (account instanceof Account.Grant) {
                grants = Math.addExact(grants, rials);
            } else if (account instanceof Account.BankLoanPayable) {
                bankLoans = Math.addExact(bankLoans, rials);
            } else {
                throw new IllegalStateException("account kind without a fund total: " + account.key());
            }
        }
        return new FundTotals(savings, cash, bank, loans, income, grants, bankLoans);
    }

    /** What the fund holds: cash, bank and what members still owe on loans. */
    public long assetsRials() {
        return Math.addExact(Math.addExact(cashRials, bankRials), loansOutstandingRials);
    }

    /** Bank statement minus the books' bank balance: zero when they agree. */
    public long bankDifferenceRials(Money statementBalance) {
        return Math.subtractExact(statementBalance.rials(), bankRials);
    }
}

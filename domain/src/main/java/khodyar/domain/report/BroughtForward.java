package khodyar.domain.report;

import java.util.List;
import java.util.Objects;
import khodyar.domain.ledger.Account;
import khodyar.domain.ledger.FundTotals;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.Transaction;

/**
 * The fund as it stood before a report's period: what the earlier entries add up to, found by taking the
 * period's entries back off the totals of now, so the earlier entries need not be read. Each figure is in
 * rials on its accounts' normal side, as in {@link FundTotals}.
 */
public record BroughtForward(long memberSavingsRials, long loansOutstandingRials, long cashRials, long bankRials) {

    public static final BroughtForward NOTHING = new BroughtForward(0, 0, 0, 0);

    /** The fund before {@code period}, given the totals {@code now} right after its last entry. */
    public static BroughtForward before(FundTotals now, List<Transaction> period) {
        Objects.requireNonNull(now, "now");
        long[] figures = {now.memberSavingsRials(), now.loansOutstandingRials(), now.cashRials(), now.bankRials()};
        for (Transaction transaction : period) {
            for (Posting posting : transaction.postings()) {
                undo(figures, posting.debit(), Account.Side.DEBIT, posting.amount().rials());
                undo(figures, posting.credit(), Account.Side.CREDIT, posting.amount().rials());
            }
        }
        return new BroughtForward(figures[0], figures[1], figures[2], figures[3]);
    }

    public long cashAndBankRials() {
        return Math.addExact(cashRials, bankRials);
    }

    private static void undo(long[] figures, Account account, Account.Side side, long rials) {
        int figure = account instanceof Account.MemberSavings ? 0
                : account instanceof Account.MemberLoan ? 1
                : account instanceof Account.Cash ? 2
                : account instanceof Account.Bank ? 3 : -1;
        if (figure >= 0) {
            long signed = side == account.normalSide() ? rials : Math.negateExact(rials);
            figures[figure] = Math.subtractExact(figures[figure], signed);
        }
    }
}

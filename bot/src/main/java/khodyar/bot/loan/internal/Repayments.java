package khodyar.bot.loan.internal;

import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.ledger.RepaymentReports;
import khodyar.domain.loan.Loan;
import khodyar.domain.money.Money;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * {@code /repay}: a reported repayment waits in the ledger's pending entries, like a deposit, for a
 * treasurer to confirm (the four-eyes rule) or reject with a reason; {@link LoanRepaymentSettlement}
 * applies and posts it once confirmed.
 */
@Component
public class Repayments {

    private final LoanStore store;
    private final RepaymentReports reports;
    private final LoanTexts texts;

    public Repayments(LoanStore store, RepaymentReports reports, LoanTexts texts) {
        this.store = store;
        this.reports = reports;
        this.texts = texts;
    }

    /** The member's loan that takes repayments in this group, if any. */
    public Optional<LoanDoc> outstandingLoanOf(String groupId, long member) {
        return store.openOf(groupId, member).stream().filter(doc -> doc.status().isOutstanding()).findFirst();
    }

    /** Reports a repayment and asks the confirmers; answers whether it was recorded. */
    public boolean report(Turn turn, GroupDoc group, Money amount) {
        Optional<LoanDoc> loanDoc = outstandingLoanOf(group.id(), turn.userId());
        if (loanDoc.isEmpty()) {
            turn.reply("loan.repay.noLoan");
            return true;
        }
        Loan loan = loanDoc.get().toLoan();
        Money owed = loan.stillOwed();
        if (amount.isGreaterThan(owed)) {
            turn.replyText(texts.text(turn.lang(), "loan.refused.overpay", texts.amount(owed, group, turn.lang())),
                    null);
            return false;
        }
        reports.report(turn, group, loan.id().value(), amount);
        turn.reply("loan.repay.reported", texts.amount(amount, group, turn.lang()));
        return true;
    }
}

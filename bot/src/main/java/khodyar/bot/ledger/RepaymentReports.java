package khodyar.bot.ledger;

import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.ledger.internal.Entries;
import khodyar.domain.money.Money;
import org.springframework.stereotype.Component;

/**
 * Loan repayments reported by members go through the ledger's pending entries, like deposits: one
 * place where reports wait, are listed in {@code /pending}, reminded after three days, shown in the
 * member's {@code /balance}, and confirmed or rejected with a reason.
 */
@Component
public class RepaymentReports {

    private final Entries entries;

    public RepaymentReports(Entries entries) {
        this.entries = entries;
    }

    /**
     * Records the turn's repayment on {@code loanId} (once, however often the update comes) and asks the
     * confirmers; answers how many were asked.
     */
    public int report(Turn turn, GroupDoc group, String loanId, Money amount) {
        return entries.reportRepayment(turn, group, loanId, amount);
    }
}

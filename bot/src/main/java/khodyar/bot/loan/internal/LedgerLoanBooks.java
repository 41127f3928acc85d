package khodyar.bot.loan.internal;

import khodyar.bot.ledger.LedgerFacts;
import khodyar.bot.loan.LoanBooks;
import khodyar.domain.common.Outcome;
import khodyar.domain.money.Money;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** {@link LoanBooks} over the ledger feature's {@link LedgerFacts}. */
@Component
class LedgerLoanBooks implements LoanBooks {

    private final LedgerFacts ledger;

    LedgerLoanBooks(LedgerFacts ledger) {
        this.ledger = ledger;
    }

    @Override
    public Money confirmedSavings(String groupId, long member) {
        return ledger.confirmedSavings(groupId, member);
    }

    @Override
    public Money savingsArrears(String groupId, long member, Instant now) {
        return ledger.savingsArrears(groupId, member, now);
    }

    @Override
    public Money loanableCash(String groupId) {
        return ledger.loanableCash(groupId);
    }

    @Override
    public Outcome<Void> postDisbursement(String groupId, long member, String loanId, Money amount, long paidBy,
                                          Instant at, String key) {
        return ledger.postLoanDisbursement(groupId, member, loanId, amount, paidBy, at, key).map(posted -> null);
    }

    @Override
    public Outcome<Void> postRepayment(String groupId, long member, String loanId, Money principal, Money interest,
                                       Money fee, long confirmedBy, Instant at, String key) {
        return ledger.postRepayment(groupId, member, loanId, principal, interest, fee, confirmedBy, at, key)
                .map(posted -> null);
    }
}

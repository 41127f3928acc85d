package khodyar.bot.loan.internal;

import khodyar.bot.ledger.LedgerFacts;
import khodyar.bot.loan.LoanBooks;
import khodyar.domain.common.Outcome;
import khodyar.domain.money.Money;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * {@link LoanBooks} over the ledger feature's {@link LedgerFacts}. The ledger's repayment post
 * knows principal and interest only, so a service fee is posted with the interest, as income of
 * the fund; once the ledger takes fees apart, only this class changes.
 */
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
        return ledger.postRepayment(groupId, member, loanId, principal, interest.plus(fee), confirmedBy, at, key)
                .map(posted -> null);
    }
}

package khodyar.bot.loan;

import khodyar.domain.common.Outcome;
import khodyar.domain.money.Money;

import java.time.Instant;

/**
 * What loans need from the group's ledger: the member's confirmed savings and savings arrears, the
 * cash the fund can lend, and the two money moves of a loan. Every post is keyed by the caller, so a retry after a
 * crash appends nothing twice.
 */
public interface LoanBooks {

    Money confirmedSavings(String groupId, long member);

    /** What the member owes under the savings agreement for rounds already past due; zero when up to date. */
    Money savingsArrears(String groupId, long member, Instant now);

    /** The cash the treasurer holds: what can be lent now. */
    Money loanableCash(String groupId);

    /** The payout: cash to the member's loan account. Refused when the cash is short. */
    Outcome<Void> postDisbursement(String groupId, long member, String loanId, Money amount, long paidBy,
                                   Instant at, String key);

    /** A confirmed repayment, already split: principal back to the cash, interest and fee each as its own income. */
    Outcome<Void> postRepayment(String groupId, long member, String loanId, Money principal, Money interest,
                                Money fee, long confirmedBy, Instant at, String key);
}

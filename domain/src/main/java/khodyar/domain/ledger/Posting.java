package khodyar.domain.ledger;

import khodyar.domain.group.PersonId;
import khodyar.domain.money.Money;

/**
 * One movement of money: {@code amount} is debited to one account and credited to another, so a
 * transaction made of postings always sums to zero.
 */
public record Posting(Account debit, Account credit, Money amount) {

    public Posting {
        if (debit == null || credit == null || amount == null) {
            throw new IllegalArgumentException("posting needs a debit account, a credit account and an amount");
        }
        if (amount.isZero()) {
            throw new IllegalArgumentException("posting amount must be positive");
        }
        if (debit.equals(credit)) {
            throw new IllegalArgumentException("posting moves nothing: " + debit.key() + " to itself");
        }
    }

    public static Posting savingsDeposit(PersonId member, Money amount) {
        return new Posting(Account.CASH, new Account.MemberSavings(member), amount);
    }

    public static Posting loanDisbursement(PersonId member, String loanId, Money amount) {
        return new Posting(new Account.MemberLoan(member, loanId), Account.CASH, amount);
    }

    public static Posting repayment(PersonId member, String loanId, Money amount) {
        return new Posting(Account.CASH, new Account.MemberLoan(member, loanId), amount);
    }

    public static Posting incomeInCash(IncomeKind kind, Money amount) {
        return new Posting(Account.CASH, new Account.Income(kind), amount);
    }

    public static Posting grant(String source, Account receivedInto, Money amount) {
        return new Posting(receivedInto, new Account.Grant(source), amount);
    }

    public static Posting bankLoan(String bankLoanId, Money amount) {
        return new Posting(Account.BANK, new Account.BankLoanPayable(bankLoanId), amount);
    }

    public static Posting bankLoanRepayment(String bankLoanId, Money amount) {
        return new Posting(new Account.BankLoanPayable(bankLoanId), Account.BANK, amount);
    }

    public static Posting cashToBank(Money amount) {
        return new Posting(Account.BANK, Account.CASH, amount);
    }

    /** The posting that undoes this one. */
    public Posting swapped() {
        return new Posting(credit, debit, amount);
    }
}

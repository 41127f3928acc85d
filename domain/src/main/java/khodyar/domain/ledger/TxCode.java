package khodyar.domain.ledger;

import khodyar.domain.ledger.Account.BankLoanPayable;
import khodyar.domain.ledger.Account.Grant;
import khodyar.domain.ledger.Account.Income;
import khodyar.domain.ledger.Account.MemberLoan;
import khodyar.domain.ledger.Account.MemberSavings;

/**
 * Why money moved. Each code fixes which kinds of account it debits and credits:
 * <pre>
 * SAVINGS_DEPOSIT      debit Cash                 credit MemberSavings(p)  the group now owes p more savings
 * LOAN_DISBURSEMENT    debit MemberLoan(p, l)     credit Cash              p now owes the group the loan
 * REPAYMENT            debit Cash                 credit MemberLoan(p, l)  p owes less
 * INTEREST             debit Cash                 credit Income(INTEREST)  interest paid in cash
 * FEE                  debit Cash                 credit Income(FEE)
 * FINE                 debit Cash                 credit Income(FINE)
 * GRANT                debit Cash or Bank         credit Grant(source)
 * BANK_LOAN            debit Bank                 credit BankLoanPayable(b) the group owes the bank
 * BANK_LOAN_REPAYMENT  debit BankLoanPayable(b)   credit Bank
 * CASH_TO_BANK         debit Bank                 credit Cash
 * CORRECTION           the swapped postings of the transaction it reverses
 * </pre>
 * A debit raises a debit-normal account (cash, bank, loans to members) and lowers a
 * credit-normal one (savings, income, grants, bank loans); a credit does the opposite.
 */
public enum TxCode {
    SAVINGS_DEPOSIT,
    LOAN_DISBURSEMENT,
    REPAYMENT,
    INTEREST,
    FEE,
    FINE,
    GRANT,
    BANK_LOAN,
    BANK_LOAN_REPAYMENT,
    CASH_TO_BANK,
    CORRECTION;

    public String messageKey() {
        return switch (this) {
            case SAVINGS_DEPOSIT -> "ledger.code.SAVINGS_DEPOSIT";
            case LOAN_DISBURSEMENT -> "ledger.code.LOAN_DISBURSEMENT";
            case REPAYMENT -> "ledger.code.REPAYMENT";
            case INTEREST -> "ledger.code.INTEREST";
            case FEE -> "ledger.code.FEE";
            case FINE -> "ledger.code.FINE";
            case GRANT -> "ledger.code.GRANT";
            case BANK_LOAN -> "ledger.code.BANK_LOAN";
            case BANK_LOAN_REPAYMENT -> "ledger.code.BANK_LOAN_REPAYMENT";
            case CASH_TO_BANK -> "ledger.code.CASH_TO_BANK";
            case CORRECTION -> "ledger.code.CORRECTION";
        };
    }

    /** Whether {@code posting} follows this code's convention; corrections are checked against their original. */
    public boolean fits(Posting posting) {
        Account debit = posting.debit();
        Account credit = posting.credit();
        return switch (this) {
            case SAVINGS_DEPOSIT -> debit instanceof Account.Cash && credit instanceof MemberSavings;
            case LOAN_DISBURSEMENT -> debit instanceof MemberLoan && credit instanceof Account.Cash;
            case REPAYMENT -> debit instanceof Account.Cash && credit instanceof MemberLoan;
            case INTEREST -> debit instanceof Account.Cash && credit.equals(new Income(IncomeKind.INTEREST));
            case FEE -> debit instanceof Account.Cash && credit.equals(new Income(IncomeKind.FEE));
            case FINE -> debit instanceof Account.Cash && credit.equals(new Income(IncomeKind.FINE));
            case GRANT -> (debit instanceof Account.Cash || debit instanceof Account.Bank) && credit instanceof Grant;
            case BANK_LOAN -> debit instanceof Account.Bank && credit instanceof BankLoanPayable;
            case BANK_LOAN_REPAYMENT -> debit instanceof BankLoanPayable && credit instanceof Account.Bank;
            case CASH_TO_BANK -> debit instanceof Account.Bank && credit instanceof Account.Cash;
            case CORRECTION -> true;
        };
    }
}

package khodyar.domain.ledger;

import khodyar.domain.money.Money;

/**
 * What an account has received on each side. Both totals only grow (a correction adds to the
 * other side rather than taking away), so the history stays visible in the balance itself.
 */
public record Balance(Money debits, Money credits) {

    public static final Balance ZERO = new Balance(Money.ZERO, Money.ZERO);

    public Balance {
        if (debits == null || credits == null) {
            throw new IllegalArgumentException("balance needs both totals");
        }
    }

    public Balance debit(Money amount) {
        return new Balance(debits.plus(amount), credits);
    }

    public Balance credit(Money amount) {
        return new Balance(debits, credits.plus(amount));
    }

    /** Debits minus credits in rials: positive for an asset that holds money, negative for what is owed. */
    public long debitMinusCreditRials() {
        return Math.subtractExact(debits.rials(), credits.rials());
    }

    /**
     * The balance in rials on the account's normal side: cash held, savings owed to a member, a
     * loan still owed. Negative only when the books are wrong (or a correction overshot).
     */
    public long rialsOnNormalSide(Account.Side side) {
        long debitMinusCredit = debitMinusCreditRials();
        return side == Account.Side.DEBIT ? debitMinusCredit : Math.negateExact(debitMinusCredit);
    }
}

package khodyar.bot.ledger;

import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.Account;
import khodyar.domain.ledger.Balance;
import khodyar.domain.ledger.BalanceCache;
import khodyar.domain.ledger.FundTotals;
import khodyar.domain.ledger.IncomeKind;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.ledger.TransactionDraft;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.money.Money;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a group's ledger says, for the roadmap's gates and for other features (loans), and the few
 * money moves other features may make. Counts leave out entries undone by a correction.
 */
@Component
public class LedgerFacts {

    /** The ledger-derived facts the roadmap needs. */
    public record Facts(int confirmedDeposits, int closedSavingsRounds, int internalLoansPaidOut,
                        int internalRepaymentsConfirmed, int bankLoansReceived, int bankLoansRepaid) {
    }

    private final LedgerStore store;

    public LedgerFacts(LedgerStore store) {
        this.store = store;
    }

    public Facts factsOf(String groupId) {
        GroupId group = new GroupId(groupId);
        Map<Long, Long> reversedBy = reversals(group);
        BalanceCache balances = store.balances(group);
        int bankLoansReceived = 0;
        int bankLoansRepaid = 0;
        for (Map.Entry<Account, Balance> entry : balances.balances().entrySet()) {
            if (entry.getKey() instanceof Account.BankLoanPayable && !entry.getValue().credits().isZero()) {
                bankLoansReceived++;
                if (entry.getValue().rialsOnNormalSide(Account.Side.CREDIT) <= 0) {
                    bankLoansRepaid++;
                }
            }
        }
        return new Facts(inEffect(group, TxCode.SAVINGS_DEPOSIT, reversedBy),
                store.savings(groupId).map(s -> s.closedRounds().size()).orElse(0),
                inEffect(group, TxCode.LOAN_DISBURSEMENT, reversedBy),
                inEffect(group, TxCode.REPAYMENT, reversedBy),
                bankLoansReceived, bankLoansRepaid);
    }

    /** A member's savings as confirmed in the books. */
    public Money confirmedSavings(String groupId, long member) {
        long rials = store.balances(new GroupId(groupId)).balance(new Account.MemberSavings(new PersonId(member)))
                .rialsOnNormalSide(Account.Side.CREDIT);
        return Money.ofRials(Math.max(0, rials));
    }

    /** What a member still owes on all their internal loans. */
    public Money loansOwed(String groupId, long member) {
        long rials = 0;
        for (Map.Entry<Account, Balance> entry : store.balances(new GroupId(groupId)).balances().entrySet()) {
            if (entry.getKey() instanceof Account.MemberLoan loan && loan.member().value() == member) {
                rials = Math.addExact(rials, entry.getValue().rialsOnNormalSide(Account.Side.DEBIT));
            }
        }
        return Money.ofRials(Math.max(0, rials));
    }

    /** The cash the treasurer holds, which is what the fund can lend now. */
    public Money loanableCash(String groupId) {
        return Money.ofRials(Math.max(0, fundTotals(groupId).cashRials()));
    }

    public FundTotals fundTotals(String groupId) {
        return FundTotals.of(store.balances(new GroupId(groupId)).balances());
    }

    /**
     * Pays out an internal loan from the cash. The key is chosen by the caller before the call (the
     * loan's id, say), so a retry answers the same transaction.
     */
    public Outcome<Transaction> postLoanDisbursement(String groupId, long member, String loanId, Money amount,
                                                     long paidBy, Instant at, String idempotencyKey) {
        if (amount.isGreaterThan(loanableCash(groupId)) && store.byKey(new GroupId(groupId), idempotencyKey).isEmpty()) {
            return Outcome.refused("ledger.refused.notEnoughCash");
        }
        TransactionDraft draft = TransactionDraft.of(TxCode.LOAN_DISBURSEMENT,
                Posting.loanDisbursement(new PersonId(member), loanId, amount), new PersonId(paidBy),
                new PersonId(paidBy), at, idempotencyKey, "");
        return store.append(new GroupId(groupId), draft).map(LedgerStore.Appended::transaction);
    }

    /**
     * A confirmed repayment, split into principal (REPAYMENT) and interest (INTEREST): two appends
     * under {@code key:principal} and {@code key:interest}, each idempotent, so a retry after a crash
     * between them completes the pair without doubling either.
     */
    public Outcome<List<Transaction>> postRepayment(String groupId, long member, String loanId, Money principal,
                                                    Money interest, long confirmedBy, Instant at, String key) {
        GroupId group = new GroupId(groupId);
        List<Transaction> posted = new java.util.ArrayList<>();
        if (!principal.isZero()) {
            Outcome<LedgerStore.Appended> appended = store.append(group, TransactionDraft.of(TxCode.REPAYMENT,
                    Posting.repayment(new PersonId(member), loanId, principal), new PersonId(member),
                    new PersonId(confirmedBy), at, key + ":principal", ""));
            if (appended instanceof Outcome.Refused<LedgerStore.Appended> refused) {
                return Outcome.refused(refused.refusal());
            }
            posted.add(appended.orElseThrow().transaction());
        }
        if (!interest.isZero()) {
            Outcome<LedgerStore.Appended> appended = store.append(group, TransactionDraft.of(TxCode.INTEREST,
                    Posting.incomeInCash(IncomeKind.INTEREST, interest), new PersonId(member),
                    new PersonId(confirmedBy), at, key + ":interest", "loan " + loanId));
            if (appended instanceof Outcome.Refused<LedgerStore.Appended> refused) {
                return Outcome.refused(refused.refusal());
            }
            posted.add(appended.orElseThrow().transaction());
        }
        return Outcome.done(List.copyOf(posted));
    }

    private int inEffect(GroupId group, TxCode code, Map<Long, Long> reversedBy) {
        return (int) store.withCode(group, code).stream().filter(t -> inEffect(t.seq(), reversedBy)).count();
    }

    /** Which correction reversed each reversed seq. */
    private Map<Long, Long> reversals(GroupId group) {
        Map<Long, Long> reversedBy = new java.util.HashMap<>();
        store.withCode(group, TxCode.CORRECTION).forEach(c -> reversedBy.put(c.reverses(), c.seq()));
        return reversedBy;
    }

    /** An entry is in effect unless reversed by a correction in effect; a chain of corrections flips it. */
    private static boolean inEffect(long seq, Map<Long, Long> reversedBy) {
        boolean inEffect = true;
        Long reversal = reversedBy.get(seq);
        while (reversal != null) {
            inEffect = !inEffect;
            reversal = reversedBy.get(reversal);
        }
        return inEffect;
    }
}

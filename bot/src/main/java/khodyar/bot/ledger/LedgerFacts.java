package khodyar.bot.ledger;

import khodyar.bot.group.Membership;
import khodyar.bot.ledger.internal.LedgerPeople;
import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.bot.ledger.internal.SavingsDoc;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.Account;
import khodyar.domain.ledger.Balance;
import khodyar.domain.ledger.BalanceCache;
import khodyar.domain.ledger.FundTotals;
import khodyar.domain.ledger.IncomeKind;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.SavingsAgreement;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.ledger.TransactionDraft;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.money.Money;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final LedgerPeople people;

    public LedgerFacts(LedgerStore store, LedgerPeople people) {
        this.store = store;
        this.people = people;
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
                store.savingsTerms(groupId).map(SavingsDoc.Terms::closedCount).orElse(0),
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
     * A confirmed repayment, split into fee (FEE), interest (INTEREST) and principal (REPAYMENT): one
     * append each, under {@code key:fee}, {@code key:interest} and {@code key:principal}, each idempotent,
     * so a retry after a crash between them completes the set without doubling any. A zero part is not
     * posted.
     */
    public Outcome<List<Transaction>> postRepayment(String groupId, long member, String loanId, Money principal,
                                                    Money interest, Money fee, long confirmedBy, Instant at,
                                                    String key) {
        GroupId group = new GroupId(groupId);
        PersonId payer = new PersonId(member);
        PersonId confirmer = new PersonId(confirmedBy);
        List<TransactionDraft> parts = new ArrayList<>();
        if (!fee.isZero()) {
            parts.add(TransactionDraft.of(TxCode.FEE, Posting.incomeInCash(IncomeKind.FEE, fee), payer, confirmer, at,
                    key + ":fee", "loan " + loanId));
        }
        if (!interest.isZero()) {
            parts.add(TransactionDraft.of(TxCode.INTEREST, Posting.incomeInCash(IncomeKind.INTEREST, interest), payer,
                    confirmer, at, key + ":interest", "loan " + loanId));
        }
        if (!principal.isZero()) {
            parts.add(TransactionDraft.of(TxCode.REPAYMENT, Posting.repayment(payer, loanId, principal), payer,
                    confirmer, at, key + ":principal", ""));
        }
        List<Transaction> posted = new ArrayList<>();
        for (TransactionDraft part : parts) {
            Outcome<LedgerStore.Appended> appended = store.append(group, part);
            if (appended instanceof Outcome.Refused<LedgerStore.Appended> refused) {
                return Outcome.refused(refused.refusal());
            }
            posted.add(appended.orElseThrow().transaction());
        }
        return Outcome.done(List.copyOf(posted));
    }

    /**
     * What the member owes under the savings agreement for rounds whose due day is before {@code now}'s
     * day: the rounds due since they joined, filled in order by their confirmed savings. Zero when the
     * group has no agreement. A round due today is not yet in arrears.
     */
    public Money savingsArrears(String groupId, long member, Instant now) {
        Optional<SavingsDoc.Terms> agreement = store.savingsTerms(groupId);
        Optional<Membership> membership = people.members(groupId).stream().filter(m -> m.userId() == member)
                .findFirst();
        if (agreement.isEmpty() || membership.isEmpty()) {
            return Money.ZERO;
        }
        ZoneId zone = people.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        SavingsAgreement terms = agreement.get().agreement();
        // the rounds through today that fell due before today, counted without walking them
        int lastRound = Math.max(agreement.get().closedCount(), terms.roundsDueBy(today));
        int pastDue = Math.min(lastRound, terms.roundsDueBy(today.minusDays(1)));
        return terms.owedThrough(membership.get().joinedAt().atZone(zone).toLocalDate(),
                confirmedSavings(groupId, member).rials(), pastDue);
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

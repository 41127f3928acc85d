package khodyar.domain.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;

/**
 * A group's books: an append-only, gapless sequence of transactions. Immutable; {@link #append}
 * answers a new ledger. Storage keeps the same two promises with unique indexes on (group, seq)
 * and on the idempotency key, so a concurrent writer that lost the race reloads and appends again.
 */
public final class Ledger {

    private final GroupId groupId;
    private final List<Transaction> transactions;
    private final Map<String, Transaction> byIdempotencyKey;
    private final Set<Long> reversedSeqs;
    private final BalanceCache balances;

    private Ledger(GroupId groupId, List<Transaction> transactions, Map<String, Transaction> byIdempotencyKey,
                   Set<Long> reversedSeqs, BalanceCache balances) {
        this.groupId = groupId;
        this.transactions = transactions;
        this.byIdempotencyKey = byIdempotencyKey;
        this.reversedSeqs = reversedSeqs;
        this.balances = balances;
    }

    public static Ledger empty(GroupId groupId) {
        if (groupId == null) {
            throw new IllegalArgumentException("ledger needs its group");
        }
        return new Ledger(groupId, List.of(), Map.of(), Set.of(), BalanceCache.empty());
    }

    /** The ledger as storage holds it; anything that breaks the ledger's promises is a bug, and fails. */
    public static Ledger of(GroupId groupId, List<Transaction> stored) {
        Ledger ledger = empty(groupId);
        for (Transaction transaction : stored) {
            if (!transaction.groupId().equals(groupId) || transaction.seq() != ledger.lastSeq() + 1) {
                throw new IllegalStateException("stored ledger of " + groupId + " breaks at seq " + transaction.seq());
            }
            Outcome<Appended> outcome = ledger.append(transaction.draft());
            if (!(outcome instanceof Outcome.Done<Appended> done) || done.value().duplicate()) {
                throw new IllegalStateException("stored transaction " + transaction.seq() + " cannot be replayed: " + outcome);
            }
            ledger = done.value().ledger();
        }
        return ledger;
    }

    /**
     * Appends {@code draft} with the next seq. A key seen before with the same content answers the
     * earlier transaction with {@code duplicate = true}; with other content it is refused.
     */
    public Outcome<Appended> append(TransactionDraft draft) {
        Transaction earlier = byIdempotencyKey.get(draft.idempotencyKey());
        if (earlier != null) {
            if (earlier.draft().sameContentAs(draft)) {
                return Outcome.done(new Appended(this, earlier, true));
            }
            return Outcome.refused("ledger.refused.keyReused");
        }
        if (draft.reverses() > 0) {
            Optional<Transaction> corrected = bySeq(draft.reverses());
            if (corrected.isEmpty()) {
                return Outcome.refused("ledger.refused.noSuchTransaction", draft.reverses());
            }
            if (reversedSeqs.contains(draft.reverses())) {
                return Outcome.refused("ledger.refused.alreadyReversed", draft.reverses());
            }
            List<Posting> undoing = corrected.get().postings().stream().map(Posting::swapped).toList();
            if (!undoing.equals(draft.postings())) {
                throw new IllegalArgumentException("a correction must swap the postings of transaction " + draft.reverses());
            }
        }
        Transaction appended = Transaction.numbered(groupId, lastSeq() + 1, draft);

        List<Transaction> nextTransactions = new ArrayList<>(transactions.size() + 1);
        nextTransactions.addAll(transactions);
        nextTransactions.add(appended);
        Map<String, Transaction> nextKeys = new HashMap<>(byIdempotencyKey);
        nextKeys.put(appended.idempotencyKey(), appended);
        Set<Long> nextReversed = reversedSeqs;
        if (appended.reverses() > 0) {
            nextReversed = new HashSet<>(reversedSeqs);
            nextReversed.add(appended.reverses());
        }
        Ledger next = new Ledger(groupId, List.copyOf(nextTransactions), Map.copyOf(nextKeys), Set.copyOf(nextReversed),
                balances.catchUp(List.of(appended)));
        return Outcome.done(new Appended(next, appended, false));
    }

    public GroupId groupId() {
        return groupId;
    }

    /** The seq of the last transaction, 0 when the books are empty. */
    public long lastSeq() {
        return transactions.size();
    }

    public List<Transaction> transactions() {
        return transactions;
    }

    public List<Transaction> transactionsAfter(long seq) {
        int from = (int) Math.min(Math.max(seq, 0), transactions.size());
        return transactions.subList(from, transactions.size());
    }

    public Optional<Transaction> bySeq(long seq) {
        return seq >= 1 && seq <= transactions.size() ? Optional.of(transactions.get((int) seq - 1)) : Optional.empty();
    }

    public Optional<Transaction> byIdempotencyKey(String key) {
        return Optional.ofNullable(byIdempotencyKey.get(key));
    }

    public boolean isReversed(long seq) {
        return reversedSeqs.contains(seq);
    }

    public Balance balance(Account account) {
        return balances.balance(account);
    }

    /** Every account that has moved, with its balance. */
    public Map<Account, Balance> balances() {
        return balances.balances();
    }

    /** The balances as kept while appending, with the seq they reflect. */
    public BalanceCache balanceCache() {
        return balances;
    }

    /** The balances computed afresh from every posting, ignoring what was kept while appending. */
    public BalanceCache rebuild() {
        return BalanceCache.empty().catchUp(transactions);
    }

    public FundTotals fundTotals() {
        return FundTotals.of(balances());
    }

    /** The person's last {@code last} transactions on their own savings and loans, oldest first. */
    public List<Transaction> entriesOf(PersonId person, int last) {
        if (last < 0) {
            throw new IllegalArgumentException("cannot list a negative number of entries");
        }
        List<Transaction> theirs = transactions.stream().filter(t -> t.touches(person)).toList();
        return theirs.subList(Math.max(0, theirs.size() - last), theirs.size());
    }
}

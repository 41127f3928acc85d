package khodyar.domain.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored balances and the sequence number of the last transaction they reflect. It is only ever a
 * cache: after a crash it catches up by replaying the transactions after {@code seq}, and it can be
 * rebuilt from the ledger at any time ({@link Ledger#rebuild()}).
 */
public record BalanceCache(Map<Account, Balance> balances, long seq) {

    public BalanceCache {
        balances = Map.copyOf(balances);
        if (seq < 0) {
            throw new IllegalArgumentException("seq is never negative");
        }
    }

    public static BalanceCache empty() {
        return new BalanceCache(Map.of(), 0);
    }

    public Balance balance(Account account) {
        return balances.getOrDefault(account, Balance.ZERO);
    }

    /**
     * The cache after replaying {@code transactions} in order. Those it already reflects are
     * skipped, so replaying an overlapping batch twice is harmless; a gap is a bug.
     */
    public BalanceCache catchUp(List<Transaction> transactions) {
        Map<Account, Balance> next = new HashMap<>(balances);
        long reflected = seq;
        for (Transaction transaction : transactions) {
            if (transaction.seq() <= reflected) {
                continue;
            }
            if (transaction.seq() != reflected + 1) {
                throw new IllegalStateException("cannot catch up from seq " + reflected + " to " + transaction.seq());
            }
            for (Posting posting : transaction.postings()) {
                next.merge(posting.debit(), Balance.ZERO.debit(posting.amount()),
                        (had, add) -> had.debit(posting.amount()));
                next.merge(posting.credit(), Balance.ZERO.credit(posting.amount()),
                        (had, add) -> had.credit(posting.amount()));
            }
            reflected = transaction.seq();
        }
        return new BalanceCache(next, reflected);
    }
}

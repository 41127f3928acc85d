package khodyar.domain.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The check of a stored balance cache against the books: the cache is caught up to the ledger's
 * last seq, then every account is compared with a rebuild from all postings. Any difference is an
 * alarm, never something to fix quietly.
 *
 * @param cacheAhead true when the cache claims a seq the ledger does not have
 */
public record Reconciliation(long cacheSeq, long ledgerSeq, boolean cacheAhead, List<Difference> differences) {

    /** One account whose cached balance is not what the postings say. */
    public record Difference(Account account, Balance cached, Balance rebuilt) {
    }

    public Reconciliation {
        differences = List.copyOf(differences);
    }

    public boolean isClean() {
        return !cacheAhead && differences.isEmpty();
    }

    public static Reconciliation compare(BalanceCache cache, Ledger ledger) {
        boolean cacheAhead = cache.seq() > ledger.lastSeq();
        BalanceCache caughtUp = cacheAhead ? cache : cache.catchUp(ledger.transactionsAfter(cache.seq()));
        BalanceCache rebuilt = ledger.rebuild();
        Set<Account> accounts = new HashSet<>(caughtUp.balances().keySet());
        accounts.addAll(rebuilt.balances().keySet());
        List<Difference> differences = new ArrayList<>();
        for (Account account : accounts) {
            Balance cached = caughtUp.balance(account);
            Balance fresh = rebuilt.balance(account);
            if (!cached.equals(fresh)) {
                differences.add(new Difference(account, cached, fresh));
            }
        }
        differences.sort(Comparator.comparing(d -> d.account().key()));
        return new Reconciliation(cache.seq(), ledger.lastSeq(), cacheAhead, differences);
    }
}

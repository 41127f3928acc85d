package khodyar.bot.ledger;

import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.bot.ledger.internal.TransactionDoc;
import khodyar.domain.group.GroupId;
import khodyar.domain.ledger.BalanceCache;
import khodyar.domain.ledger.FundTotals;
import khodyar.domain.ledger.Transaction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Read-only views of a group's books: every transaction in order (for rebuilding what is derived from
 * them), and a recent period with the balances brought forward (for the group's report).
 */
@Component
public class LedgerHistory {

    /** Entries fetched per read: enough to make few round trips, few enough to hold in memory. */
    static final int PAGE = 200;

    private final MongoTemplate mongo;
    private final LedgerStore store;

    public LedgerHistory(MongoTemplate mongo, LedgerStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    /**
     * Every transaction of the group in seq order, read a page at a time as the stream is consumed.
     * Pages are fetched by entry ids (group and seq, gapless), because ids are what the embedded store
     * indexes: a query on the group would scan every group's books.
     */
    public Stream<Transaction> transactions(String groupId) {
        return Stream.iterate(page(groupId, 1), page -> !page.isEmpty(),
                        page -> page.size() < PAGE ? List.of() : page(groupId, page.get(page.size() - 1).seq() + 1))
                .flatMap(List::stream);
    }

    /**
     * The entries since {@code from}, oldest first, with the balances before them: read by ids from the
     * newest entry backwards, a page at a time, until an entry dated before {@code from}, so the cost
     * follows the period's entries, not the books' length. The balances brought forward are the balance
     * cache less what the period's entries moved.
     */
    public Period since(String groupId, Instant from) {
        GroupId group = new GroupId(groupId);
        BalanceCache now = store.balances(group);
        List<Transaction> newestFirst = new ArrayList<>();
        long broughtForwardSeq = 0;
        reading:
        for (long to = now.seq(); to >= 1; to -= PAGE) {
            List<Transaction> page = page(groupId, Math.max(1, to - PAGE + 1), to);
            for (int i = page.size() - 1; i >= 0; i--) {
                Transaction entry = page.get(i);
                if (entry.at().isBefore(from)) {
                    broughtForwardSeq = entry.seq();
                    break reading;
                }
                newestFirst.add(entry);
            }
        }
        Collections.reverse(newestFirst);
        return new Period(FundTotals.of(now.balances()), broughtForwardSeq, List.copyOf(newestFirst));
    }

    /**
     * A period of the books.
     *
     * @param now               the fund's totals after the period's last entry
     * @param broughtForwardSeq the last entry before the period, or 0 when the period starts with the books
     * @param entries           the period's entries in seq order
     */
    public record Period(FundTotals now, long broughtForwardSeq, List<Transaction> entries) {

        public boolean hasEarlierEntries() {
            return broughtForwardSeq > 0;
        }
    }

    private List<Transaction> page(String groupId, long firstSeq) {
        return page(groupId, firstSeq, firstSeq + PAGE - 1);
    }

    /** Entries {@code firstSeq..lastSeq} by their ids, in seq order. */
    private List<Transaction> page(String groupId, long firstSeq, long lastSeq) {
        List<String> ids = LongStream.rangeClosed(firstSeq, lastSeq).mapToObj(seq -> TransactionDoc.idOf(groupId, seq))
                .toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), TransactionDoc.class).stream()
                .sorted(Comparator.comparingLong(TransactionDoc::seq)).map(TransactionDoc::toTransaction).toList();
    }
}

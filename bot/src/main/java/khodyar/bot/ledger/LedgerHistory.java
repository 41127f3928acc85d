package khodyar.bot.ledger;

import khodyar.bot.group.Membership;
import khodyar.bot.ledger.internal.LedgerPeople;
import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.bot.ledger.internal.PendingDoc;
import khodyar.bot.ledger.internal.TransactionDoc;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.Ledger;
import khodyar.domain.ledger.PaidDeposit;
import khodyar.domain.ledger.Regularity;
import khodyar.domain.ledger.SavingsBook;
import khodyar.domain.ledger.Transaction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Read-only views of a group's whole books, for the group's report: every transaction in order,
 * and each member's regularity. Both read the whole history, so they are for reports, not for every turn.
 */
@Component
public class LedgerHistory {

    /** Entries fetched per read: enough to make few round trips, few enough to hold in memory. */
    static final int PAGE = 200;

    private final MongoTemplate mongo;
    private final LedgerStore store;
    private final LedgerPeople people;

    public LedgerHistory(MongoTemplate mongo, LedgerStore store, LedgerPeople people) {
        this.mongo = mongo;
        this.store = store;
        this.people = people;
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
     * Each member's savings regularity over the closed rounds, by Telegram id, as the board sees it in
     * {@code /balance all}; empty before the savings agreement (O3).
     */
    public Map<Long, Regularity> regularities(String groupId) {
        return store.savings(groupId).map(agreement -> {
            Ledger books;
            try (Stream<Transaction> entries = transactions(groupId)) {
                books = Ledger.of(new GroupId(groupId), entries.toList());
            }
            List<PaidDeposit> deposits = PaidDeposit.fromBooks(books,
                    store.posted(groupId).stream().map(PendingDoc::toEntry).toList(), people.zone());
            SavingsBook book = agreement.book(people.zone());
            Map<Long, Regularity> regularity = new LinkedHashMap<>();
            for (Membership member : people.members(groupId)) {
                regularity.put(member.userId(), book.regularity(new PersonId(member.userId()),
                        member.joinedAt().atZone(people.zone()).toLocalDate(), deposits));
            }
            return regularity;
        }).orElse(Map.of());
    }

    private List<Transaction> page(String groupId, long firstSeq) {
        List<String> ids = LongStream.range(firstSeq, firstSeq + PAGE).mapToObj(seq -> TransactionDoc.idOf(groupId, seq))
                .toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), TransactionDoc.class).stream()
                .sorted(Comparator.comparingLong(TransactionDoc::seq)).map(TransactionDoc::toTransaction).toList();
    }
}

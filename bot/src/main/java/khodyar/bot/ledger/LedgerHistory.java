package khodyar.bot.ledger;

import khodyar.bot.group.Membership;
import khodyar.bot.ledger.internal.LedgerPeople;
import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.bot.ledger.internal.PendingDoc;
import khodyar.bot.ledger.internal.TransactionDoc;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.PaidDeposit;
import khodyar.domain.ledger.Regularity;
import khodyar.domain.ledger.SavingsBook;
import khodyar.domain.ledger.Transaction;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Read-only views of a group's whole books, for the group's report: every transaction in order,
 * and each member's regularity. Both read the whole history, so they are for reports, not for every turn.
 */
@Component
public class LedgerHistory {

    private final MongoTemplate mongo;
    private final LedgerStore store;
    private final LedgerPeople people;

    public LedgerHistory(MongoTemplate mongo, LedgerStore store, LedgerPeople people) {
        this.mongo = mongo;
        this.store = store;
        this.people = people;
    }

    /** Every transaction of the group in seq order, read from the store as it is consumed: close it after use. */
    public Stream<Transaction> transactions(String groupId) {
        return mongo.stream(Query.query(Criteria.where("groupId").is(groupId)).with(Sort.by("seq")), TransactionDoc.class)
                .map(TransactionDoc::toTransaction);
    }

    /**
     * Each member's savings regularity over the closed rounds, by Telegram id, as the board sees it in
     * {@code /balance all}; empty before the savings agreement (O3).
     */
    public Map<Long, Regularity> regularities(String groupId) {
        return store.savings(groupId).map(agreement -> {
            List<PaidDeposit> deposits = PaidDeposit.fromBooks(store.ledger(new GroupId(groupId)),
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
}

package khodyar.bot.ledger.internal;

import khodyar.domain.ledger.Account;
import khodyar.domain.ledger.Balance;
import khodyar.domain.ledger.BalanceCache;
import khodyar.domain.money.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A group's stored balances and the seq of the last transaction they reflect: only ever a cache. */
@Document("ledger_balances")
public record BalanceCacheDoc(@Id String groupId, long seq, List<Row> rows) {

    public record Row(String account, long debits, long credits) {
    }

    public BalanceCacheDoc {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public static BalanceCacheDoc of(String groupId, BalanceCache cache) {
        List<Row> rows = cache.balances().entrySet().stream()
                .map(e -> new Row(e.getKey().key(), e.getValue().debits().rials(), e.getValue().credits().rials()))
                .sorted(java.util.Comparator.comparing(Row::account))
                .toList();
        return new BalanceCacheDoc(groupId, cache.seq(), rows);
    }

    public BalanceCache toCache() {
        Map<Account, Balance> balances = new HashMap<>();
        for (Row row : rows) {
            balances.put(Account.parse(row.account()), new Balance(Money.ofRials(row.debits()), Money.ofRials(row.credits())));
        }
        return new BalanceCache(balances, seq);
    }
}

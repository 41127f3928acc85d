package khodyar.bot.ledger.internal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import khodyar.bot.store.StoreConfiguration;
import khodyar.bot.store.embedded.EmbeddedMongo;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.ledger.TransactionDraft;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's last entries are found by walking back from the newest entry by ids; they must be the
 * same as reading the whole books, across batch boundaries and beyond the look-back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerStoreEntriesOfTest {

    private static final GroupId GROUP = new GroupId("gbooks");
    private static final PersonId TREASURER = new PersonId(1);
    private static final PersonId QUIET_MEMBER = new PersonId(2);
    private static final PersonId NEWCOMER = new PersonId(3);
    private static final List<PersonId> REGULARS = List.of(new PersonId(10), new PersonId(11), new PersonId(12),
            new PersonId(13), new PersonId(14));

    private EmbeddedMongo embedded;
    private MongoClient client;
    private LedgerStore store;

    @BeforeAll
    void booksLongerThanTheLookBack(@TempDir Path dataDir) {
        embedded = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(embedded.connectionString());
        store = new LedgerStore(new MongoTemplate(new SimpleMongoClientDatabaseFactory(client,
                StoreConfiguration.DEFAULT_DATABASE)));
        // the quiet member deposits twice at the start, then only the regulars, in a seeded random order
        deposit(QUIET_MEMBER, "quiet:1");
        deposit(QUIET_MEMBER, "quiet:2");
        Random random = new Random(20_261_129L);
        for (int i = 0; i < LedgerStore.LOOK_BACK_ENTRIES + 100; i++) {
            deposit(REGULARS.get(random.nextInt(REGULARS.size())), "regular:" + i);
        }
    }

    @AfterAll
    void stopStore() {
        client.close();
        embedded.close();
    }

    @Test
    void regularMembersGetTheirNewestEntriesOldestFirstAsTheWholeBooksSay() {
        for (PersonId member : REGULARS) {
            for (int last : List.of(1, 5, LedgerStore.LOOK_BACK_BATCH + 3)) {
                assertThat(seqs(store.entriesOf(GROUP, member.value(), last)))
                        .as("last %d of %s", last, member)
                        .isEqualTo(fromTheWholeBooks(member, last));
            }
        }
    }

    @Test
    void memberQuietForLongerThanTheLookBackStillSeesTheirEntries() {
        assertThat(seqs(store.entriesOf(GROUP, QUIET_MEMBER.value(), 5))).containsExactly(1L, 2L);
    }

    @Test
    void memberWithoutEntriesGetsNone() {
        assertThat(store.entriesOf(GROUP, NEWCOMER.value(), 5)).isEmpty();
    }

    private List<Long> fromTheWholeBooks(PersonId member, int last) {
        List<Long> theirs = store.ledger(GROUP).transactions().stream()
                .filter(t -> t.postings().stream().anyMatch(p -> p.credit().key().equals("savings:" + member.value())))
                .map(Transaction::seq).toList();
        return theirs.subList(Math.max(0, theirs.size() - last), theirs.size());
    }

    private static List<Long> seqs(List<Transaction> transactions) {
        return transactions.stream().map(Transaction::seq).toList();
    }

    private void deposit(PersonId member, String key) {
        store.append(GROUP, TransactionDraft.of(TxCode.SAVINGS_DEPOSIT, Posting.savingsDeposit(member,
                Money.ofRials(100_000)), member, TREASURER, Instant.parse("2026-01-01T10:00:00Z"), key, ""));
    }
}

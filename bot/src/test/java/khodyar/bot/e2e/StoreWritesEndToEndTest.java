package khodyar.bot.e2e;

import khodyar.bot.people.People;
import khodyar.bot.telegram.intake.InboxEntry;
import khodyar.bot.telegram.intake.Intake;
import khodyar.bot.telegram.outbound.OutMessage;
import khodyar.bot.telegram.outbound.OutboundQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a turn costs the store: every durable write waits for a commit, so the hot path writes only
 * what crash safety needs (the inbox entry, the replies) and the done and sent marks follow in batches.
 */
class StoreWritesEndToEndTest extends EndToEndTest {

    @Autowired
    StoreWrites writes;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    People people;
    @Autowired
    Intake intake;

    @Test
    void aKnownPersonsHelpWritesItsInboxEntryAndEachReplyOnceAndMarksEachInABatch() {
        Person nasrin = aPerson("Nasrin");
        turn(nasrin, "/start");

        long help = turn(nasrin, "/help");
        List<String> replies = awaitMarked(help);

        assertThat(writes.to("people", nasrin.id())).as("meeting a known person").hasSize(1); // the insert at /start
        assertThat(writes.to("conversations", nasrin.id() + ":" + nasrin.id())).as("no conversation to end").isEmpty();
        assertThat(writes.commandsTo("inbox", help)).containsExactly("insert", "update");
        assertThat(writes.to("inbox", help).get(1).batched()).as("done mark by _id $in").isTrue();
        assertThat(replies).isNotEmpty();
        for (String reply : replies) {
            assertThat(writes.commandsTo("outbox", reply)).as(reply).containsExactly("insert", "update");
        }
    }

    @Test
    void aNewPersonIsInsertedOnceAndARenamedOneUpdatedOnce() {
        Person before = aPerson("Mahin");
        turn(before, "/start");
        Person renamed = new Person(before.id(), "Mahin Karimi");
        turn(renamed, "/help");
        turn(renamed, "/help");

        assertThat(writes.commandsTo("people", before.id())).containsExactly("insert", "findAndModify");
        assertThat(people.find(before.id()).orElseThrow().name()).isEqualTo("Mahin Karimi");
    }

    @Test
    void firstContactsOfOnePersonInTwoChatsAtOnceMakeOnePersonAndAllSeeTheStoredOne() throws Exception {
        long id = aPerson("Sara").id();
        ExecutorService chats = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<khodyar.bot.people.Person>> met = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            met.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return people.meet(id, "Sara", "sara");
            }, chats));
        }
        start.countDown();
        CompletableFuture.allOf(met.toArray(CompletableFuture[]::new)).get();
        chats.shutdown();

        khodyar.bot.people.Person stored = people.find(id).orElseThrow();
        for (var each : met) {
            assertThat(each.get()).isEqualTo(stored);
        }
        assertThat(writes.commandsTo("people", id)).filteredOn("insert"::equals).isNotEmpty();
        assertThat(writes.commandsTo("people", id)).doesNotContain("update", "findAndModify");
    }

    @Test
    void anUpdateWhoseDoneMarkWasLostIsHandledAgainWithoutSendingItsRepliesAgain() {
        Person roya = aPerson("Roya");
        long help = turn(roya, "/help");
        int received = roya.inbox().size();

        // as after a crash between handling the update and writing its done mark
        mongo.updateFirst(Query.query(Criteria.where("_id").is(help)), Update.update("state", InboxEntry.State.NEW),
                InboxEntry.class);
        intake.resume();
        await().atMost(WAIT).until(() -> isDone(help));
        turn(roya, "/help"); // her chat's messages go out in order: a repeat would have come first

        assertThat(roya.inbox()).hasSize(2 * received);
    }

    @Test
    void aSentMarkIsSeenAtOnceAndStoredByCloseAtTheLatest() {
        OutboundQueue queue = new OutboundQueue(mongo, Clock.systemUTC());
        OutMessage message = new OutMessage("writes-test-" + System.nanoTime(), 1, OutMessage.Kind.SEND_TEXT,
                OutMessage.Priority.INTERACTIVE, "hello", null, null, null, null, null, Instant.now(), null, 0,
                OutMessage.State.PENDING, null);
        queue.enqueue(List.of(message));

        queue.sent(message, 4242);
        assertThat(queue.sentMessageId(message.id())).contains(4242);
        queue.close();

        OutMessage stored = mongo.findById(message.id(), OutMessage.class);
        assertThat(stored.state()).isEqualTo(OutMessage.State.SENT);
        assertThat(stored.sentMessageId()).isEqualTo(4242);
        assertThat(queue.sentMessageId(message.id())).contains(4242);
    }

    /** Sends the text and waits until the bot has handled it and Telegram has taken every reply. */
    private long turn(Person person, String text) {
        long update = telegram.sendText(person.id(), person.name(), text);
        assertThat(awaitMarked(update)).isNotEmpty();
        return update;
    }

    /** Waits until the update's done mark and its replies' sent marks are stored; returns the replies' ids. */
    private List<String> awaitMarked(long updateId) {
        Query replies = Query.query(Criteria.where("_id").regex("^u" + updateId + "-"));
        await().atMost(WAIT).until(() -> isDone(updateId)
                && mongo.find(replies, OutMessage.class).stream().allMatch(m -> m.state() == OutMessage.State.SENT));
        return mongo.find(replies, OutMessage.class).stream().map(OutMessage::id).toList();
    }

    private boolean isDone(long updateId) {
        InboxEntry entry = mongo.findById(updateId, InboxEntry.class);
        return entry != null && entry.state() == InboxEntry.State.DONE;
    }
}

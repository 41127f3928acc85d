package khodyar.bot.telegram.outbound;

import khodyar.bot.store.BatchedWrites;
import khodyar.bot.store.Inserts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored outbound queue. A message is written before anyone may rely on it being sent, so a
 * crash does not lose it; on start every message still pending is handed to the sender again.
 * <p>
 * Sent marks are written in batches off the sender's threads, each as soon as the write before it
 * has returned ({@link #SENT_MARK_LINGER}). A mark lost in a crash leaves its message pending, so it
 * is sent again at start: sending is at least once, the price of Telegram having no idempotency
 * key, and the batch only widens that window by one write.
 * Only messages taken from the store reach the sender, so a mark never lands on a message not stored.
 */
public class OutboundQueue implements OutboundSender.Journal, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);
    /** None: every message sent but not yet marked is one a crash would send again. */
    static final Duration SENT_MARK_LINGER = Duration.ZERO;

    private record SentMark(Integer sentMessageId, Instant sentAt) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final BatchedWrites<String, SentMark> sentMarks;
    private OutboundSender sender;

    public OutboundQueue(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        this.sentMarks = new BatchedWrites<>("outbox-sent", SENT_MARK_LINGER, this::writeSent);
    }

    /** Starts sending: first whatever a previous run left pending. */
    public void attach(OutboundSender sender) {
        this.sender = sender;
        List<OutMessage> pending = mongo.find(
                Query.query(Criteria.where("state").is(OutMessage.State.PENDING)).with(Sort.by("createdAt")),
                OutMessage.class);
        if (!pending.isEmpty()) {
            log.info("resuming {} outbound messages left pending", pending.size());
        }
        sender.offer(pending);
    }

    /** Stores the messages (skipping any stored before under the same id) and hands the new ones to the sender. */
    public void enqueue(List<OutMessage> messages) {
        List<OutMessage> fresh = Inserts.insertNew(mongo, messages, OutMessage.class);
        if (sender != null && !fresh.isEmpty()) {
            sender.offer(fresh);
        }
    }

    /** The Telegram id of the message sent under this key, whether or not its sent mark is written yet. */
    public Optional<Integer> sentMessageId(String messageKey) {
        Optional<SentMark> unwritten = sentMarks.pending(messageKey);
        if (unwritten.isPresent()) {
            return Optional.ofNullable(unwritten.get().sentMessageId());
        }
        return Optional.ofNullable(mongo.findById(messageKey, OutMessage.class)).map(OutMessage::sentMessageId);
    }

    @Override
    public void sent(OutMessage message, Integer sentMessageId) {
        sentMarks.put(message.id(), new SentMark(sentMessageId, clock.instant()));
    }

    private void writeSent(Map<String, SentMark> marks) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OutMessage.class);
        marks.forEach((id, mark) -> bulk.updateOne(Query.query(Criteria.where("_id").is(id)),
                new Update().set("state", OutMessage.State.SENT).set("sentMessageId", mark.sentMessageId())
                        .set("sentAt", mark.sentAt()).unset("fileBytes")));
        bulk.execute();
    }

    /** Writes the sent marks still in memory; called after the sender has stopped. */
    @Override
    public void close() {
        sentMarks.close();
    }

    @Override
    public void failed(OutMessage message, String reason) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id())),
                new Update().set("state", OutMessage.State.FAILED).set("failure", reason), OutMessage.class);
    }

    @Override
    public void postponed(OutMessage message) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id())),
                new Update().set("notBefore", message.notBefore()).set("attempts", message.attempts()), OutMessage.class);
    }
}

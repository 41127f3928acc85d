package khodyar.bot.telegram.outbound;

import khodyar.bot.store.Inserts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The stored outbound queue. A message is written before anyone may rely on it being sent, so a
 * crash does not lose it; on start every message still pending is handed to the sender again.
 */
public class OutboundQueue implements OutboundSender.Journal {

    private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private OutboundSender sender;

    public OutboundQueue(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
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

    public Optional<Integer> sentMessageId(String messageKey) {
        return Optional.ofNullable(mongo.findById(messageKey, OutMessage.class)).map(OutMessage::sentMessageId);
    }

    @Override
    public void sent(OutMessage message, Integer sentMessageId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id())),
                new Update().set("state", OutMessage.State.SENT).set("sentMessageId", sentMessageId)
                        .set("sentAt", clock.instant()).unset("fileBytes"),
                OutMessage.class);
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

package khodyar.bot.chat;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** The stored place of each person in a guided conversation, per chat. */
@Component
public class Conversations {

    private final MongoTemplate mongo;
    private final Clock clock;

    public Conversations(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Optional<Conversation> current(Incoming in) {
        return Optional.ofNullable(mongo.findById(Conversation.idOf(in.chatId(), in.userId()), Conversation.class));
    }

    public void start(Incoming in, String flow, String step, Map<String, String> answers) {
        mongo.save(new Conversation(Conversation.idOf(in.chatId(), in.userId()), flow, step, answers, clock.instant()));
    }

    public void save(Conversation conversation) {
        mongo.save(conversation);
    }

    /** Deletes the conversation; for callers that know there is one (a flow at its end, the router after {@link #current}). */
    public void end(Incoming in) {
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(Conversation.idOf(in.chatId(), in.userId()))),
                Conversation.class);
    }
}

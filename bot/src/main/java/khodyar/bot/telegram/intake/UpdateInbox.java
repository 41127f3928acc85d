package khodyar.bot.telegram.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import khodyar.bot.store.BatchedWrites;
import khodyar.bot.store.Inserts;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The inbox: every update is written under its unique {@code update_id} before Telegram is told it
 * arrived. A second copy of the same update fails the unique key, which is how a redelivery is
 * recognised and not applied again.
 * <p>
 * Done marks are written in batches off the chat lanes ({@link #DONE_MARK_LINGER}). One lost in a
 * crash only means the update is handled again at start ({@link Intake#resume}), which is safe: the
 * turn's outbox ids derive from the update id and {@link Inserts#insertNew} skips those stored already.
 */
public class UpdateInbox implements AutoCloseable {

    static final Duration DONE_MARK_LINGER = Duration.ofMillis(50);

    private final MongoTemplate mongo;
    private final ObjectMapper json;
    private final Clock clock;
    private final AtomicLong lastStored = new AtomicLong();
    private final BatchedWrites<Long, InboxEntry.State> doneMarks;

    public UpdateInbox(MongoTemplate mongo, ObjectMapper json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
        InboxEntry newest = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), InboxEntry.class);
        lastStored.set(newest == null ? 0 : newest.updateId());
        this.doneMarks = new BatchedWrites<>("inbox-done", DONE_MARK_LINGER, this::writeDone);
    }

    /** Stores the updates durably and returns those not seen before, in update order. */
    public List<InboxEntry> store(List<org.telegram.telegrambots.meta.api.objects.Update> updates) {
        List<InboxEntry> entries = new ArrayList<>(updates.size());
        for (var update : updates) {
            entries.add(new InboxEntry(update.getUpdateId(), Updates.chatId(update), write(update),
                    InboxEntry.State.NEW, clock.instant()));
        }
        List<InboxEntry> fresh = Inserts.insertNew(mongo, entries, InboxEntry.class);
        entries.forEach(e -> lastStored.accumulateAndGet(e.updateId(), Math::max));
        return fresh;
    }

    /** The highest update id durably stored: the next {@code getUpdates} offset is this plus one. */
    public long lastStoredUpdateId() {
        return lastStored.get();
    }

    /** Marks the update handled; the mark reaches the store with the next batch. */
    public void markDone(long updateId) {
        doneMarks.put(updateId, InboxEntry.State.DONE);
    }

    private void writeDone(Map<Long, InboxEntry.State> marks) {
        mongo.updateMulti(Query.query(Criteria.where("_id").in(marks.keySet())),
                Update.update("state", InboxEntry.State.DONE), InboxEntry.class);
    }

    /** Writes the done marks still in memory; called after the dispatcher has stopped. */
    @Override
    public void close() {
        doneMarks.close();
    }

    /** Updates stored but not yet handled when the process last stopped, oldest first. */
    public List<InboxEntry> unfinished() {
        return mongo.find(Query.query(Criteria.where("state").is(InboxEntry.State.NEW)).with(Sort.by("_id")),
                InboxEntry.class);
    }

    public org.telegram.telegrambots.meta.api.objects.Update read(InboxEntry entry) {
        try {
            return json.readValue(entry.json(), org.telegram.telegrambots.meta.api.objects.Update.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(org.telegram.telegrambots.meta.api.objects.Update update) {
        try {
            return json.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

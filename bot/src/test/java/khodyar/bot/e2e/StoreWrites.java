package khodyar.bot.e2e;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every write command the bot's MongoClient sends, one record per document id it names: what a test
 * counts to see how many durable writes a turn costs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StoreWrites {

    /** One document named by a write command; {@code batched} when it was one of an {@code _id $in} list. */
    public record Write(String command, String collection, Object id, boolean batched) {
    }

    private final Queue<Write> writes = new ConcurrentLinkedQueue<>();

    @Bean
    MongoClientSettingsBuilderCustomizer recordWrites() {
        return builder -> builder.addCommandListener(new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                record(event.getCommandName(), event.getCommand());
            }
        });
    }

    /** The writes that named this document, oldest first. */
    public List<Write> to(String collection, Object id) {
        Object key = id instanceof Number n ? n.longValue() : id;
        return writes.stream().filter(w -> w.collection().equals(collection) && Objects.equals(w.id(), key)).toList();
    }

    public List<String> commandsTo(String collection, Object id) {
        return to(collection, id).stream().map(Write::command).toList();
    }

    private void record(String name, BsonDocument command) {
        switch (name) {
            case "insert" -> command.getArray("documents", new BsonArray()).forEach(doc ->
                    add(name, command.getString("insert").getValue(), doc.asDocument().get("_id")));
            case "update" -> command.getArray("updates", new BsonArray()).forEach(u ->
                    addFilter(name, command.getString("update").getValue(), u.asDocument().getDocument("q")));
            case "delete" -> command.getArray("deletes", new BsonArray()).forEach(d ->
                    addFilter(name, command.getString("delete").getValue(), d.asDocument().getDocument("q")));
            case "findAndModify", "findandmodify" -> addFilter(name, command.getString(name).getValue(),
                    command.getDocument("query", new BsonDocument()));
            default -> {
            }
        }
    }

    private void addFilter(String command, String collection, BsonDocument filter) {
        BsonValue id = filter.get("_id");
        if (id != null && id.isDocument() && id.asDocument().containsKey("$in")) {
            id.asDocument().getArray("$in").forEach(each -> writes.add(new Write(command, collection, plain(each), true)));
        } else {
            add(command, collection, id);
        }
    }

    private void add(String command, String collection, BsonValue id) {
        writes.add(new Write(command, collection, plain(id), false));
    }

    private static Object plain(BsonValue id) {
        if (id == null) {
            return null;
        }
        if (id.isNumber()) {
            return id.asNumber().longValue();
        }
        return id.isString() ? id.asString().getValue() : id.toString();
    }
}

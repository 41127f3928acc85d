package khodyar.bot.store.embedded;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.slf4j.LoggerFactory;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * The child process of {@link EmbeddedMongoDurabilityTest}: opens an embedded store and inserts
 * documents from several threads until it is killed, printing "ACK id" once each insert is acknowledged.
 * <p>
 * Arguments: data folder, number of writer threads.
 */
public final class AcknowledgedWriter {

    static final String ACK = "ACK ";
    static final String DATABASE = "khodyar";
    static final String COLLECTION = "acknowledged";

    public static void main(String[] args) throws InterruptedException {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path dataDir = Path.of(args[0]);
        int writers = Integer.parseInt(args[1]);

        EmbeddedMongo mongo = EmbeddedMongo.start(dataDir);
        MongoClient client = MongoClients.create(mongo.connectionString());
        MongoCollection<Document> collection = client.getDatabase(DATABASE).getCollection(COLLECTION)
            .withWriteConcern(WriteConcern.W1);
        PrintStream out = System.out;

        List<Thread> threads = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            String prefix = "w" + writer + "-";
            Thread thread = new Thread(() -> {
                for (int n = 0; ; n++) {
                    String id = prefix + n;
                    collection.insertOne(new Document("_id", id).append("n", n));
                    synchronized (out) {
                        out.println(ACK + id);
                        out.flush();
                    }
                }
            }, "writer-" + writer);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}

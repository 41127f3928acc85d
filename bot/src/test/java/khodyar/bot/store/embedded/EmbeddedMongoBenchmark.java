package khodyar.bot.store.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.slf4j.LoggerFactory;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * Measures acknowledged inserts per second and the store file's size; not a test.
 * Arguments: GROUPED or PER_WRITE, number of writer threads, number of inserts, and optionally
 * seconds to stay open and idle afterwards (to see what H2's background compaction gives back).
 * Run from bot/ after test-compile:
 * {@code java -cp "$(cat target/cp.txt):target/classes:target/test-classes" khodyar.bot.store.embedded.EmbeddedMongoBenchmark GROUPED 8 20000}
 */
public final class EmbeddedMongoBenchmark {

    public static void main(String[] args) throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        EmbeddedMongo.CommitMode mode = EmbeddedMongo.CommitMode.valueOf(args[0]);
        int writers = Integer.parseInt(args[1]);
        int inserts = Integer.parseInt(args[2]);
        Path dataDir = Files.createTempDirectory("khodyar-benchmark");

        long elapsedNanos;
        long sizeWhileOpen;
        long sizeAfterIdle;
        int idleSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir, mode);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> collection = client.getDatabase("khodyar").getCollection("benchmark")
                .withWriteConcern(WriteConcern.W1);
            collection.insertOne(new Document("_id", "warm-up"));
            AtomicInteger next = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            long start = System.nanoTime();
            for (int writer = 0; writer < writers; writer++) {
                Thread thread = new Thread(() -> {
                    for (int n = next.getAndIncrement(); n < inserts; n = next.getAndIncrement()) {
                        collection.insertOne(new Document("_id", n).append("groupId", "g" + (n % 50))
                            .append("amountRials", 5_000_000L + n).append("note", "weekly savings deposit"));
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            elapsedNanos = System.nanoTime() - start;
            sizeWhileOpen = Files.size(mongo.storeFile());
            Thread.sleep(idleSeconds * 1000L);
            sizeAfterIdle = Files.size(mongo.storeFile());
        }
        long sizeAfterClose = Files.size(dataDir.resolve(EmbeddedMongo.STORE_FILE_NAME));
        System.out.printf("%s writers=%d inserts=%d: %.0f inserts/s, file %s open, %s after %d s idle, %s after close%n",
            mode, writers, inserts, inserts / (elapsedNanos / 1e9), megabytes(sizeWhileOpen), megabytes(sizeAfterIdle),
            idleSeconds, megabytes(sizeAfterClose));
        deleteRecursively(dataDir);
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }
}

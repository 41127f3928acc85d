package khodyar.bot.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** What the bot's storage relies on, checked against the embedded store through the real driver. */
class EmbeddedMongoTest {

    @TempDir
    Path dataDir;

    private EmbeddedMongo mongo;
    private MongoClient client;

    @BeforeEach
    void startStore() {
        mongo = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(mongo.connectionString());
    }

    @AfterEach
    void stopStore() {
        client.close();
        mongo.close();
    }

    @Test
    void uniqueIndexRefusesASecondUpdateWithTheSameUpdateId() {
        MongoCollection<Document> inbox = collection("inbox");
        inbox.createIndex(Indexes.ascending("updateId"), new IndexOptions().unique(true));
        inbox.insertOne(new Document("updateId", 1001L).append("text", "/start"));

        assertThatThrownBy(() -> inbox.insertOne(new Document("updateId", 1001L).append("text", "/start")))
            .isInstanceOfSatisfying(MongoWriteException.class,
                e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        assertThat(inbox.countDocuments()).isEqualTo(1);
    }

    @Test
    void findAndModifyWithIncHandsOutEachLedgerSequenceNumberOnce() throws Exception {
        MongoCollection<Document> sequences = collection("sequences");
        Set<Long> handedOut = ConcurrentHashMap.newKeySet();
        ExecutorService treasurers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int treasurer = 0; treasurer < 4; treasurer++) {
                work.add(treasurers.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        Document counter = sequences.findOneAndUpdate(Filters.eq("_id", "group-7"), Updates.inc("seq", 1L),
                            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                        handedOut.add(counter.getLong("seq"));
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            treasurers.shutdownNow();
        }

        assertThat(handedOut).hasSize(100).contains(1L, 100L);
        assertThat(sequences.find(Filters.eq("_id", "group-7")).first().getLong("seq")).isEqualTo(100L);
    }

    @Test
    void announcesServerVersionFiveSoTheDriverAcceptsIt() {
        Document buildInfo = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));

        assertThat(buildInfo.getString("version")).startsWith("5.0");
    }

    @Test
    void keepsWhatWasWrittenAfterACleanCloseAndRestart() {
        collection("groups").insertOne(new Document("_id", "group-7").append("stage", 1));
        client.close();
        mongo.close();

        mongo = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(mongo.connectionString());

        assertThat(collection("groups").find(Filters.eq("_id", "group-7")).first()).containsEntry("stage", 1);
    }

    @Test
    void opensAFileWrittenByThePlainH2Backend(@TempDir Path olderDataDir) {
        MongoServer plainServer = new MongoServer(new H2Backend(olderDataDir.resolve(EmbeddedMongo.STORE_FILE_NAME).toString()));
        try (MongoClient plainClient = MongoClients.create(plainServer.bindAndGetConnectionString())) {
            plainClient.getDatabase("khodyar").getCollection("groups").insertOne(new Document("_id", "group-7"));
        } finally {
            plainServer.shutdown();
        }

        try (EmbeddedMongo reopened = EmbeddedMongo.start(olderDataDir);
             MongoClient reopenedClient = MongoClients.create(reopened.connectionString())) {
            assertThat(reopenedClient.getDatabase("khodyar").getCollection("groups").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void refusesASecondStoreOnAFolderThatIsInUse() {
        assertThatThrownBy(() -> EmbeddedMongo.start(dataDir))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("is in use by another running bot")
            .hasMessageContaining("BOT_DATA_DIR");
    }

    private MongoCollection<Document> collection(String name) {
        return client.getDatabase("khodyar").getCollection(name);
    }
}

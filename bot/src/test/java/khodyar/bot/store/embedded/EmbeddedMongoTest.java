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

import java.math.BigDecimal;
import java.util.Date;
import java.util.Random;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
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
    void refusesAFileWhoseDocumentsAreJavaSerializedInsteadOfMisreadingIt(@TempDir Path olderDataDir) {
        MongoServer plainServer = new MongoServer(new H2Backend(olderDataDir.resolve(EmbeddedMongo.STORE_FILE_NAME).toString()));
        try (MongoClient plainClient = MongoClients.create(plainServer.bindAndGetConnectionString())) {
            plainClient.getDatabase("khodyar").getCollection("groups").insertOne(new Document("_id", "group-7"));
        } finally {
            plainServer.shutdown();
        }

        assertThatThrownBy(() -> EmbeddedMongo.start(olderDataDir))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("java-serialized")
            .hasMessageContaining("BOT_DATA_DIR");
    }

    @Test
    void everyValueTypeTheBotStoresReadsBackAfterARestart() {
        Document written = new Document("_id", "entry-1")
            .append("text", "\u0633\u067e\u0631\u062f\u0647 \u06f1\u06f2 emoji \uD83D\uDE00")
            .append("rials", 12_000_000_000L).append("round", 7).append("share", 0.25)
            .append("rate", new Decimal128(new BigDecimal("18.50"))).append("confirmed", true)
            .append("at", new Date(1_780_000_000_000L)).append("missingPhone", null)
            .append("keyboard", List.of(List.of(new Document("text", "yes").append("data", "c:1")), List.of()))
            .append("receipt", new Binary(new byte[] {1, 2, 3, (byte) 255})).append("ref", new ObjectId());
        collection("ledger").insertOne(written);
        client.close();
        mongo.close();

        mongo = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(mongo.connectionString());

        Document read = collection("ledger").find(Filters.eq("_id", "entry-1")).first();
        assertThat(read).isEqualTo(written);
    }

    @Test
    void idsOfDifferentTypesLiveSideBySideAndSortAsMongoDbSortsThem() {
        MongoCollection<Document> mixed = collection("mixed");
        mixed.insertMany(List.of(new Document("_id", "b"), new Document("_id", 20L), new Document("_id", 3),
            new Document("_id", "a"), new Document("_id", new ObjectId("0000000000000000000000aa"))));

        List<Object> ids = mixed.find().sort(new Document("_id", 1)).map(d -> d.get("_id")).into(new ArrayList<>());

        assertThat(ids).containsExactly(3, 20L, "a", "b", new ObjectId("0000000000000000000000aa"));
        assertThatThrownBy(() -> mixed.insertOne(new Document("_id", 3L)))
            .isInstanceOfSatisfying(MongoWriteException.class,
                e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }

    @Test
    void aSecondaryIndexAnswersAsAFullScanDoesWhateverWasWrittenBeforeAndAfterARestart() {
        long seed = Long.getLong("khodyar.seed", 20261129L);
        Random random = new Random(seed);
        collection("members").createIndex(Indexes.ascending("groupId", "joinOrder"));
        for (int step = 0; step < 600; step++) {
            if (step == 300) {
                client.close();
                mongo.close();
                mongo = EmbeddedMongo.start(dataDir);
                client = MongoClients.create(mongo.connectionString());
            }
            applyRandomChange(random, collection("members"), collection("unindexed"));
            if (step % 25 == 0) {
                for (int group = 0; group < 6; group++) {
                    Object value = random.nextBoolean() ? (Object) ("g" + group) : (Object) (long) group;
                    assertThat(sortedIds(collection("members").find(Filters.eq("groupId", value))))
                        .as("seed %d step %d group %s", seed, step, value)
                        .isEqualTo(sortedIds(collection("unindexed").find(Filters.eq("groupId", value))));
                }
            }
        }
        assertThat(sortedIds(collection("members").find(Filters.and(Filters.eq("groupId", "g1"), Filters.gt("joinOrder", 5)))))
            .isEqualTo(sortedIds(collection("unindexed").find(Filters.and(Filters.eq("groupId", "g1"), Filters.gt("joinOrder", 5)))));
    }

    @Test
    void aSecondaryIndexOnAnArrayFieldFindsEachElement() {
        MongoCollection<Document> groups = collection("groups");
        groups.createIndex(Indexes.ascending("facilitatorIds"));
        groups.insertMany(List.of(new Document("_id", "g1").append("facilitatorIds", List.of(10L, 11L)),
            new Document("_id", "g2").append("facilitatorIds", List.of(11L)), new Document("_id", "g3")));

        assertThat(sortedIds(groups.find(Filters.eq("facilitatorIds", 11L)))).containsExactly("g1", "g2");
        groups.updateOne(Filters.eq("_id", "g1"), Updates.pull("facilitatorIds", 11L));
        assertThat(sortedIds(groups.find(Filters.eq("facilitatorIds", 11L)))).containsExactly("g2");
        assertThat(sortedIds(groups.find(Filters.eq("facilitatorIds", 10L)))).containsExactly("g1");
    }

    /** Inserts, updates (moving a member to another group, with numbers of either type) or deletes, in both collections. */
    private static void applyRandomChange(Random random, MongoCollection<Document> indexed, MongoCollection<Document> plain) {
        String id = "m" + random.nextInt(120);
        Object group = random.nextBoolean() ? "g" + random.nextInt(6) : (Object) (random.nextBoolean() ? random.nextInt(6) : (long) random.nextInt(6));
        switch (random.nextInt(3)) {
            case 0 -> {
                Document member = new Document("_id", id).append("groupId", group).append("joinOrder", random.nextInt(10));
                for (MongoCollection<Document> c : List.of(indexed, plain)) {
                    c.replaceOne(Filters.eq("_id", id), member, new ReplaceOptions().upsert(true));
                }
            }
            case 1 -> {
                for (MongoCollection<Document> c : List.of(indexed, plain)) {
                    c.updateMany(Filters.eq("groupId", group), Updates.inc("joinOrder", 1));
                    c.updateOne(Filters.eq("_id", id), Updates.set("groupId", group));
                }
            }
            default -> {
                for (MongoCollection<Document> c : List.of(indexed, plain)) {
                    c.deleteOne(Filters.eq("_id", id));
                }
            }
        }
    }

    private static List<Object> sortedIds(FindIterable<Document> found) {
        return found.map(d -> d.get("_id")).into(new ArrayList<>()).stream().map(String.class::cast).sorted()
            .map(Object.class::cast).toList();
    }

    @Test
    void aFolderLoadedBeforeAnyBotOpensItHoldsEverythingOnceClosed(@TempDir Path loadedDataDir) {
        try (EmbeddedMongo loading = EmbeddedMongo.startForLoading(loadedDataDir);
             MongoClient loader = MongoClients.create(loading.connectionString())) {
            MongoCollection<Document> ledger = loader.getDatabase("khodyar").getCollection("ledger");
            for (int seq = 1; seq <= 500; seq++) {
                ledger.insertOne(new Document("_id", "history:" + seq).append("seq", seq));
            }
        }

        try (EmbeddedMongo reopened = EmbeddedMongo.start(loadedDataDir);
             MongoClient reader = MongoClients.create(reopened.connectionString())) {
            assertThat(reader.getDatabase("khodyar").getCollection("ledger").countDocuments()).isEqualTo(500);
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

package khodyar.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

import khodyar.bot.store.embedded.EmbeddedMongo;

class StoreConfigurationTest {

    @TempDir
    Path dataDir;

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class))
        .withUserConfiguration(StoreConfiguration.class);

    @Test
    void withoutMongodbUriTheBotStoresInAnEmbeddedStoreInItsDataFolder() {
        contextRunner
            .withPropertyValues("bot.data-dir=" + dataDir)
            .run(context -> {
                assertThat(context).hasSingleBean(EmbeddedMongo.class);
                MongoTemplate mongo = context.getBean(MongoTemplate.class);
                mongo.insert(new Document("_id", "group-7"), "groups");

                assertThat(mongo.getDb().getName()).isEqualTo("khodyar");
                assertThat(mongo.findById("group-7", Document.class, "groups")).isNotNull();
                assertThat(context.getBean(EmbeddedMongo.class).storeFile()).startsWith(dataDir);
            });
    }

    @Test
    void closingTheApplicationReleasesTheDataFolderWithItsData() {
        contextRunner
            .withPropertyValues("bot.data-dir=" + dataDir)
            .run(context -> context.getBean(MongoTemplate.class).insert(new Document("_id", "group-7"), "groups"));

        contextRunner
            .withPropertyValues("bot.data-dir=" + dataDir)
            .run(context -> assertThat(context.getBean(MongoTemplate.class).findById("group-7", Document.class, "groups"))
                .isNotNull());
    }

    @Test
    void withMongodbUriTheBotUsesThatServerAndTheDatabaseItNames(@TempDir Path otherServerDir) {
        try (EmbeddedMongo otherServer = EmbeddedMongo.start(otherServerDir)) {
            contextRunner
                .withPropertyValues("mongodb.uri=" + otherServer.connectionString() + "/province",
                    "bot.data-dir=" + dataDir)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedMongo.class);
                    MongoTemplate mongo = context.getBean(MongoTemplate.class);
                    mongo.insert(new Document("_id", "group-7"), "groups");

                    assertThat(mongo.getDb().getName()).isEqualTo("province");
                });
        }
    }

    @Test
    void aUriWithoutDatabaseGetsTheKhodyarDatabase() {
        assertThat(StoreConfiguration.withDefaultDatabase("mongodb://db1:27017,db2:27017/?replicaSet=rs0").getConnectionString())
            .isEqualTo("mongodb://db1:27017,db2:27017/khodyar?replicaSet=rs0");
        assertThat(StoreConfiguration.withDefaultDatabase("mongodb://db1:27017").getDatabase()).isEqualTo("khodyar");
        assertThat(StoreConfiguration.withDefaultDatabase("mongodb://user:secret@db1/").getDatabase()).isEqualTo("khodyar");
        assertThat(StoreConfiguration.withDefaultDatabase("mongodb://db1/ledger?w=majority").getDatabase()).isEqualTo("ledger");
    }
}

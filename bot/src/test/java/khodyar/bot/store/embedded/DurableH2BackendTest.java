package khodyar.bot.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;

/** Which commands wait for a durable commit before their reply goes out. */
class DurableH2BackendTest {

    @Test
    void writesWaitForTheCommitAndReadsDoNot() {
        assertThat(DurableH2Backend.isReadOnly("insert", new Document())).isFalse();
        assertThat(DurableH2Backend.isReadOnly("findAndModify", new Document())).isFalse();
        assertThat(DurableH2Backend.isReadOnly("createIndexes", new Document())).isFalse();
        assertThat(DurableH2Backend.isReadOnly("find", new Document())).isTrue();
        assertThat(DurableH2Backend.isReadOnly("hello", new Document())).isTrue();
    }

    @Test
    void anUnknownCommandIsTreatedAsAWrite() {
        assertThat(DurableH2Backend.isReadOnly("someFutureCommand", new Document())).isFalse();
    }

    @Test
    void anAggregationIsAWriteOnlyWhenItWritesItsOutput() {
        Document grouping = new Document("pipeline", List.of(new Document("$group", new Document("_id", "$groupId"))));
        Document copying = new Document("pipeline", List.of(new Document("$match", new Document()), new Document("$out", "totals")));
        Document merging = new Document("pipeline", List.of(new Document("$merge", "totals")));

        assertThat(DurableH2Backend.isReadOnly("aggregate", grouping)).isTrue();
        assertThat(DurableH2Backend.isReadOnly("aggregate", copying)).isFalse();
        assertThat(DurableH2Backend.isReadOnly("aggregate", merging)).isFalse();
    }

    @Test
    void aWriteThatChangedNothingNeedNotWaitForACommit() {
        Document redeliveredInsert = new Document("n", 1).append("writeErrors", List.of(new Document("code", 11000)));
        Document halfRefusedInsert = new Document("n", 2).append("writeErrors", List.of(new Document("code", 11000)));

        assertThat(DurableH2Backend.changedNothing("insert", redeliveredInsert)).isTrue();
        assertThat(DurableH2Backend.changedNothing("insert", halfRefusedInsert)).isFalse();
        assertThat(DurableH2Backend.changedNothing("insert", new Document("n", 1))).isFalse();
        assertThat(DurableH2Backend.changedNothing("delete", new Document("n", 0))).isTrue();
        assertThat(DurableH2Backend.changedNothing("delete", new Document("n", 1))).isFalse();
        assertThat(DurableH2Backend.changedNothing("update", new Document("n", 1).append("nModified", 0))).isTrue();
        assertThat(DurableH2Backend.changedNothing("update",
            new Document("n", 1).append("nModified", 0).append("upserted", List.of(new Document("_id", 7))))).isFalse();
        assertThat(DurableH2Backend.changedNothing("findAndModify", new Document("n", 0))).isFalse();
    }
}

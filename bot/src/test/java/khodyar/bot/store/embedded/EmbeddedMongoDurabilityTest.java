package khodyar.bot.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Projections;

/**
 * The store's promise: a write it has acknowledged survives a hard kill of the process.
 * A child JVM writes and reports each acknowledged id; it is killed with SIGKILL mid-stream,
 * and the data folder is reopened here.
 */
class EmbeddedMongoDurabilityTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 500;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyAcknowledgedInsertSurvivesAKillOfTheProcess() throws Exception {
        Set<String> acknowledged = writeInAChildProcessAndKillIt(1);

        assertThat(idsStoredIn(dataDir)).containsAll(acknowledged);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyAcknowledgedInsertOfEightConcurrentWritersSurvivesAKillOfTheProcess() throws Exception {
        Set<String> acknowledged = writeInAChildProcessAndKillIt(8);

        assertThat(acknowledged).anyMatch(id -> id.startsWith("w7-"));
        assertThat(idsStoredIn(dataDir)).containsAll(acknowledged);
    }

    private Set<String> writeInAChildProcessAndKillIt(int writers) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            AcknowledgedWriter.class.getName(), dataDir.toString(), String.valueOf(writers))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        Set<String> acknowledged = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && (line = lines.readLine()) != null) {
                if (line.startsWith(AcknowledgedWriter.ACK)) {
                    acknowledged.add(line.substring(AcknowledgedWriter.ACK.length()));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("the child was killed").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(acknowledged).as("ids acknowledged before the kill").hasSize(ACKNOWLEDGED_BEFORE_KILL);
        return acknowledged;
    }

    private static Set<String> idsStoredIn(Path dataDir) {
        try (EmbeddedMongo reopened = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            Set<String> ids = new HashSet<>();
            client.getDatabase(AcknowledgedWriter.DATABASE).getCollection(AcknowledgedWriter.COLLECTION)
                .find().projection(Projections.include("_id"))
                .forEach(document -> ids.add(document.getString("_id")));
            return ids;
        }
    }
}

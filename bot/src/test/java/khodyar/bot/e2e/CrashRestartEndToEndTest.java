package khodyar.bot.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import khodyar.bot.process.BotProcess;
import khodyar.bot.store.StoreConfiguration;
import khodyar.bot.store.embedded.EmbeddedMongo;
import khodyar.bot.telegram.standin.BotApiStandIn;
import khodyar.bot.telegram.standin.SentMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot killed with SIGKILL and started again on the same BOT_DATA_DIR has every group and member it
 * had acknowledged; stopped cleanly, it leaves nothing to redo. The bot runs as a child process,
 * exactly as the README starts it.
 */
class CrashRestartEndToEndTest {

    private static final String TOKEN = "777:CRASH";
    private static final long ADMIN = 77;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration START = Duration.ofSeconds(120);

    private final BotApiStandIn telegram = BotApiStandIn.start(TOKEN);
    private BotProcess bot;

    @TempDir
    Path dataDir;
    private final Path logs = Path.of("target", "crash-restart-logs");

    @AfterEach
    void stop() throws InterruptedException {
        if (bot != null) {
            bot.close();
        }
        telegram.close();
    }

    @Test
    void aBotKilledHardAndRestartedHasEveryGroupAndMemberItAcknowledged() throws Exception {
        bot = startBot("first.log");
        String facilitatorLink = reply(ADMIN, "Admin", "/invite facilitator", "start=");
        reply(500, "Facilitator", "/start " + payload(facilitatorLink), "تسهیلگر");
        String invite = payload(reply(500, "Facilitator", "/newgroup گروه پایدار", "start="));

        List<Long> acknowledged = new ArrayList<>();
        for (long member = 600; member < 612; member++) {
            telegram.sendText(member, "Member" + member, "/start " + invite);
        }
        for (long member = 600; member < 612; member++) {
            telegram.awaitMessage(member, m -> m.text() != null && m.text().contains("خوش آمدید"), WAIT);
            acknowledged.add(member);
        }
        for (long member = 612; member < 640; member++) {
            telegram.sendText(member, "Member" + member, "/start " + invite); // in flight when the bot dies
        }
        bot.killHard();

        bot = startBot("second.log");
        String members = reply(500, "Facilitator", "/members", "اعضای گروه");

        for (long member : acknowledged) {
            assertThat(members).contains("Member" + member);
        }
        for (long member = 612; member < 640; member++) {
            long id = member;
            telegram.awaitMessage(member, m -> m.text() != null && m.text().contains("خوش آمدید"), WAIT);
            assertThat(telegram.sentTo(id)).filteredOn(m -> m.text() != null && m.text().contains("خوش آمدید")).hasSize(1);
        }
        assertThat(reply(500, "Facilitator", "/members", "اعضای گروه")).contains("۴۰ نفر");
    }

    @Test
    void aBotStoppedCleanlyWhileBusyHasStoredTheDoneAndSentMarksOfAllItDid() throws Exception {
        bot = startBot("clean.log");
        List<Long> people = new ArrayList<>();
        for (long person = 800; person < 812; person++) {
            people.add(person);
            telegram.sendText(person, "Person" + person, "/start");
        }
        telegram.awaitMessage(800, m -> m.text() != null, WAIT);
        bot.stop(START); // replies still going out: the last marks are in memory when the stop begins

        long deliveredByTelegram = people.stream().mapToLong(p -> telegram.sentTo(p).size()).sum();
        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase db = client.getDatabase(StoreConfiguration.DEFAULT_DATABASE);
            assertThat(db.getCollection("inbox").countDocuments(Filters.ne("state", "DONE"))).isZero();
            assertThat(db.getCollection("outbox").countDocuments(Filters.and(Filters.in("chatId", people),
                    Filters.eq("state", "SENT")))).isEqualTo(deliveredByTelegram);
        }
    }

    private BotProcess startBot(String logName) throws Exception {
        java.nio.file.Files.createDirectories(logs);
        BotProcess process = BotProcess.start(Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", telegram.baseUrl(),
                "BOT_DATA_DIR", dataDir.toString(),
                "BOT_ADMINS", Long.toString(ADMIN)), logs.resolve(logName));
        process.awaitStarted(START);
        return process;
    }

    private String reply(long userId, String name, String text, String contains) {
        long update = telegram.sendText(userId, name, text);
        SentMessage reply = telegram.awaitReply(update, m -> m.text() != null && m.text().contains(contains), WAIT);
        return reply.text();
    }

    private static String payload(String text) {
        Matcher matcher = Pattern.compile("start=([A-Za-z0-9_-]+)").matcher(text);
        assertThat(matcher.find()).as("a deep link in %s", text).isTrue();
        return matcher.group(1);
    }
}

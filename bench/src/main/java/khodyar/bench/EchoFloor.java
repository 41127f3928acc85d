package khodyar.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import khodyar.bot.store.embedded.EmbeddedMongo;
import khodyar.bot.telegram.standin.BotApiStandIn;
import org.bson.Document;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The floor: a bare TelegramBots echo consumer in the library's default pattern (same library, same
 * stand-in, same machine), plain or with one durable write per update, on one consumer thread or a
 * small pool. What the bot achieves is given as a ratio to it.
 */
final class EchoFloor {

    private static final String TOKEN = "5151:ECHO";

    enum Mode { PLAIN, DURABLE }

    /** Hands {@code updates} messages out at once and returns the updates answered per second. */
    static double measure(Mode mode, int poolThreads, int updates, Duration latency) throws Exception {
        Path dataDir = Files.createTempDirectory("khodyar-echo");
        try (BotApiStandIn telegram = BotApiStandIn.start(TOKEN);
             EmbeddedMongo store = mode == Mode.DURABLE ? EmbeddedMongo.start(dataDir) : null;
             MongoClient client = store == null ? null : MongoClients.create(store.connectionString())) {
            telegram.setLatency(latency);
            MongoCollection<Document> log = client == null ? null : client.getDatabase("echo").getCollection("updates");
            CountDownLatch answered = new CountDownLatch(updates + 1); // and the warm-up's reply
            telegram.addListener(sent -> answered.countDown());
            TelegramUrl url = TelegramUrl.builder().schema("http").host("127.0.0.1").port(telegram.port())
                    .testServer(false).build();
            OkHttpTelegramClient sender = new OkHttpTelegramClient(TOKEN, url);
            Consumer<Update> echo = update -> {
                if (log != null) {
                    log.insertOne(new Document("_id", update.getUpdateId()).append("text", update.getMessage().getText()));
                }
                try {
                    sender.execute(SendMessage.builder().chatId(update.getMessage().getChatId())
                            .text(update.getMessage().getText()).build());
                } catch (TelegramApiException e) {
                    // counted as unanswered
                }
            };
            ExecutorService pool = poolThreads > 1 ? Executors.newFixedThreadPool(poolThreads) : null;
            LongPollingUpdateConsumer consumer = pool == null
                    ? (LongPollingSingleThreadUpdateConsumer) echo::accept
                    : batch -> batch.forEach(update -> pool.execute(() -> echo.accept(update)));
            try (TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication()) {
                polling.registerBot(TOKEN, () -> url, new DefaultGetUpdatesGenerator(List.of("message")), consumer);
                warmUp(telegram);
                long start = System.nanoTime();
                for (int i = 0; i < updates; i++) {
                    telegram.sendText(1_000_000 + (i % 500), "Echo", "echo " + i);
                }
                boolean all = answered.await(120, TimeUnit.SECONDS);
                long elapsed = System.nanoTime() - start;
                int done = updates - (int) answered.getCount();
                if (!all) {
                    System.out.printf("  echo %s x%d: only %d of %d answered%n", mode, poolThreads, done, updates);
                }
                return done / (elapsed / 1e9);
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        } finally {
            Bench.deleteQuietly(dataDir);
        }
    }

    private static void warmUp(BotApiStandIn telegram) {
        long update = telegram.sendText(42, "Warm", "warm up");
        telegram.awaitReply(update, m -> true, Duration.ofSeconds(30));
    }

    private EchoFloor() {
    }
}

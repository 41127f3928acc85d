package khodyar.bot.telegram.intake;

import okhttp3.OkHttpClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Long polling through the library, with our own {@code getUpdates} generator: the offset it asks for
 * is the last update durably stored plus one, never the last one merely received. (The library's own
 * generator moves the offset before the consumer has run, which loses updates on a crash.)
 */
public final class PollingIntake implements AutoCloseable {

    static final int POLL_TIMEOUT_SECONDS = 25;
    private static final int POLL_LIMIT = 100;

    private final TelegramBotsLongPollingApplication application;
    private final String token;
    private final TelegramUrl url;
    private final Intake intake;

    public PollingIntake(String token, TelegramUrl url, Intake intake) {
        this.token = token;
        this.url = url;
        this.intake = intake;
        this.application = new TelegramBotsLongPollingApplication(
                com.fasterxml.jackson.databind.ObjectMapper::new,
                () -> new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(POLL_TIMEOUT_SECONDS + 15)).build(),
                () -> Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "telegram-poller");
                    t.setDaemon(true);
                    return t;
                }));
    }

    /** Registering the bot starts polling at once (the library's application starts out running). */
    public void start() throws TelegramApiException {
        application.registerBot(token, () -> url,
                ignoredLibraryOffset -> GetUpdates.builder()
                        .offset((int) intake.nextOffset())
                        .limit(POLL_LIMIT)
                        .timeout(POLL_TIMEOUT_SECONDS)
                        .allowedUpdates(List.of("message", "callback_query"))
                        .build(),
                intake::accept);
    }

    @Override
    public void close() throws Exception {
        application.close();
    }
}

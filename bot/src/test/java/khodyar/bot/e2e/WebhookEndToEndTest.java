package khodyar.bot.e2e;

import khodyar.bot.telegram.standin.BotApiStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook mode: updates posted with the right secret are stored once and answered; others are refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookEndToEndTest {

    private static final String TOKEN = "555:WEBHOOK";
    private static final String SECRET = "s3cret-Token_1";
    private static final BotApiStandIn telegram = BotApiStandIn.start(TOKEN);
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void webhook(DynamicPropertyRegistry registry) throws IOException {
        registry.add("telegram.bot-token", () -> TOKEN);
        registry.add("telegram.api-url", telegram::baseUrl);
        registry.add("telegram.mode", () -> "webhook");
        registry.add("telegram.webhook-url", () -> "https://bot.example.org/telegram/webhook");
        registry.add("telegram.webhook-secret", () -> SECRET);
        String dataDir = Files.createTempDirectory("khodyar-webhook").toString();
        registry.add("bot.data-dir", () -> dataDir);
    }

    @AfterAll
    static void stop() {
        telegram.close();
    }

    @Test
    void anUpdateWithTheRightSecretIsAnsweredOnceHoweverOftenItIsPosted() throws Exception {
        String update = startFrom(901, 4242);

        for (int i = 0; i < 3; i++) {
            assertThat(post(update, SECRET)).isEqualTo(200);
        }

        telegram.awaitMessage(4242, m -> m.text() != null && m.text().contains("سلام"), Duration.ofSeconds(20));
        Thread.sleep(500);
        assertThat(telegram.sentTo(4242)).hasSize(1);
    }

    @Test
    void aRequestWithoutTheSecretIsRefusedAndNothingIsAnswered() throws Exception {
        assertThat(post(startFrom(902, 4343), "wrong")).isEqualTo(403);
        assertThat(post(startFrom(903, 4343), null)).isEqualTo(403);

        Thread.sleep(500);
        assertThat(telegram.sentTo(4343)).isEmpty();
    }

    private int post(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String startFrom(long updateId, long userId) {
        long now = Instant.now().getEpochSecond();
        return """
                {"update_id":%d,"message":{"message_id":%d,"date":%d,
                 "chat":{"id":%d,"type":"private","first_name":"Nazanin"},
                 "from":{"id":%d,"is_bot":false,"first_name":"Nazanin","language_code":"en"},
                 "text":"/start","entities":[{"type":"bot_command","offset":0,"length":6}]}}
                """.formatted(updateId, updateId, now, userId, userId);
    }
}

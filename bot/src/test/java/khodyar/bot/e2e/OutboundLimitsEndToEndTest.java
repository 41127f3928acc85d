package khodyar.bot.e2e;

import khodyar.bot.telegram.standin.BotApiStandIn;
import khodyar.bot.telegram.standin.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Messages wait for a 429's retry_after, keep within Telegram's limits, and none is dropped. The bot
 * here has a Bot API of its own, so no other test's traffic takes the injected 429s or the limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboundLimitsEndToEndTest {

    private static final String TOKEN = "3030:LIMITS";
    private static final BotApiStandIn telegram = BotApiStandIn.start(TOKEN);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static long nextUser = 70_000;

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) throws IOException {
        registry.add("telegram.bot-token", () -> TOKEN);
        registry.add("telegram.api-url", telegram::baseUrl);
        String dataDir = Files.createTempDirectory("khodyar-limits").toString();
        registry.add("bot.data-dir", () -> dataDir);
    }

    @AfterAll
    static void stop() {
        telegram.close();
    }

    @AfterEach
    void telegramBehavesAgain() {
        telegram.setEnforceLimits(false);
        telegram.fail429Next(0, 0);
    }

    @Test
    void noMessageIsSentBeforeItsRetryAfterHasPassed() {
        long person = ++nextUser;
        long hello = telegram.sendText(person, "Kaveh", "/start");
        telegram.awaitReply(hello, m -> m.text() != null && m.text().contains("سلام"), WAIT);
        Instant before = Instant.now();

        telegram.fail429Next(2, 2);
        long help = telegram.sendText(person, "Kaveh", "/help");
        SentMessage reply = telegram.awaitReply(help, m -> m.text() != null && m.text().contains("راهنما"), WAIT);

        assertThat(reply.sentAt()).isAfterOrEqualTo(before.plusSeconds(4));
        assertThat(telegram.sentTo(person)).filteredOn(m -> m.text().contains("راهنمای خودیار")).hasSize(1);
    }

    @Test
    void aBurstFromManyPeopleKeepsWithinTheLimitsAndLosesNothing() {
        telegram.setEnforceLimits(true);
        long first = nextUser + 1;
        nextUser += 40;
        int violationsBefore = telegram.limitViolations();

        for (int round = 0; round < 3; round++) {
            for (long person = first; person <= nextUser; person++) {
                telegram.sendText(person, "Burst" + person, "/help");
            }
            if (round == 1) {
                telegram.fail429Next(5, 1);
            }
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (long person = first; person <= nextUser; person++) {
                assertThat(telegram.sentTo(person)).filteredOn(m -> m.text().contains("راهنمای خودیار")).hasSize(3);
            }
        });
        assertThat(telegram.limitViolations()).isEqualTo(violationsBefore);
    }
}

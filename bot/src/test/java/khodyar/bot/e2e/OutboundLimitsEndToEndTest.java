package khodyar.bot.e2e;

import khodyar.bot.telegram.standin.SentMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Messages wait for a 429's retry_after, keep within Telegram's limits, and none is dropped. */
class OutboundLimitsEndToEndTest extends EndToEndTest {

    @AfterEach
    void telegramBehavesAgain() {
        telegram.setEnforceLimits(false);
        telegram.fail429Next(0, 0);
    }

    @Test
    void noMessageIsSentBeforeItsRetryAfterHasPassed() {
        Person person = aPerson("Kaveh");
        person.says("/start", "سلام");
        Instant before = Instant.now();

        telegram.fail429Next(2, 2);
        SentMessage help = person.says("/help", "راهنما");

        assertThat(help.sentAt()).isAfterOrEqualTo(before.plusSeconds(4));
        assertThat(person.inbox()).filteredOn(m -> m.text().contains("راهنمای خودیار")).hasSize(1);
    }

    @Test
    void aBurstFromManyPeopleKeepsWithinTheLimitsAndLosesNothing() {
        telegram.setEnforceLimits(true);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(aPerson("Burst" + i));
        }
        int violationsBefore = telegram.limitViolations();

        for (int round = 0; round < 3; round++) {
            for (Person person : people) {
                telegram.sendText(person.id(), person.name(), "/help");
            }
            if (round == 1) {
                telegram.fail429Next(5, 1);
            }
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (Person person : people) {
                assertThat(person.inbox()).filteredOn(m -> m.text().contains("راهنمای خودیار")).hasSize(3);
            }
        });
        assertThat(telegram.limitViolations()).isEqualTo(violationsBefore);
    }
}

package khodyar.bot.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SendWindowTest {

    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;

    @Test
    void aSendCountsUntilASecondAfterItsAnswer() {
        SendWindow window = new SendWindow(2, Duration.ofSeconds(1));

        window.started(0);
        assertThat(window.nanosUntilFree(100 * MS)).as("starts are spaced a second / limit apart").isEqualTo(400 * MS);
        window.started(500 * MS);
        assertThat(window.nanosUntilFree(600 * MS)).as("both in flight: wait for an answer").isEqualTo(-1);

        window.ended(700 * MS);
        assertThat(window.nanosUntilFree(800 * MS)).isEqualTo(900 * MS);
        assertThat(window.nanosUntilFree(1_700 * MS)).isZero();
    }

    /**
     * Sends start whenever the window allows; each reaches Telegram after a random delay and is
     * answered after another. Whatever the delays, no second at Telegram (counted as the stand-in
     * and Telegram count: the messages of the last second) holds more than the limit.
     */
    @Test
    void noSecondAtTelegramHoldsMoreThanTheLimitWhateverTheNetworkDoes() {
        long seed = Long.getLong("khodyar.seed", 20261129L);
        Random random = new Random(seed);
        int limit = 30;
        SendWindow window = new SendWindow(limit, Duration.ofSeconds(1));
        List<Long> arrivals = new ArrayList<>();
        PriorityQueue<Long> answers = new PriorityQueue<>();
        long now = 0;
        while (arrivals.size() < 5_000) {
            while (!answers.isEmpty() && answers.peek() <= now) {
                window.ended(answers.poll());
            }
            long wait = window.nanosUntilFree(now);
            if (wait == 0) {
                window.started(now);
                long uplink = random.nextInt(4) == 0 ? random.nextInt(400) * MS : random.nextInt(20) * MS;
                long downlink = random.nextInt(4) == 0 ? random.nextInt(400) * MS : random.nextInt(20) * MS;
                arrivals.add(now + uplink);
                answers.add(now + uplink + downlink);
            } else {
                now = wait > 0 ? Math.min(now + wait, answers.isEmpty() ? Long.MAX_VALUE : answers.peek()) : answers.peek();
            }
        }

        arrivals.sort(null);
        for (int i = limit; i < arrivals.size(); i++) {
            assertThat(arrivals.get(i) - arrivals.get(i - limit)).as("seed %d, arrival %d", seed, i).isGreaterThanOrEqualTo(SECOND);
        }
    }

    @Test
    void withAQuickRoundTripTheRateIsCloseToTheLimit() {
        SendWindow window = new SendWindow(30, Duration.ofSeconds(1));
        long roundTrip = 10 * MS;
        PriorityQueue<Long> answers = new PriorityQueue<>();
        long now = 0;
        int sent = 0;
        while (now < 60 * SECOND) {
            while (!answers.isEmpty() && answers.peek() <= now) {
                window.ended(answers.poll());
            }
            long wait = window.nanosUntilFree(now);
            if (wait == 0) {
                window.started(now);
                answers.add(now + roundTrip);
                sent++;
            } else {
                now = wait > 0 ? Math.min(now + wait, answers.isEmpty() ? Long.MAX_VALUE : answers.peek()) : answers.peek();
            }
        }

        assertThat(sent / 60.0).isBetween(29.0, 30.0);
    }
}

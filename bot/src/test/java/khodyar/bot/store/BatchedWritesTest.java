package khodyar.bot.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class BatchedWritesTest {

    private static final Duration NEVER_BY_ITSELF = Duration.ofHours(1);

    private final List<Map<Long, String>> written = new CopyOnWriteArrayList<>();

    @Test
    void marksPutBetweenTwoFlushesAreWrittenInOneWrite() {
        try (BatchedWrites<Long, String> marks = new BatchedWrites<>("test", NEVER_BY_ITSELF, written::add)) {
            marks.put(1L, "done");
            marks.put(2L, "done");
            marks.put(3L, "done");
            assertThat(written).isEmpty();

            marks.flush();

            assertThat(written).containsExactly(Map.of(1L, "done", 2L, "done", 3L, "done"));
        }
    }

    @Test
    void theBackgroundFlusherWritesOnceAMarkHasLingered() {
        try (BatchedWrites<Long, String> marks = new BatchedWrites<>("test", Duration.ofMillis(20), written::add)) {
            marks.put(7L, "done");

            await().atMost(Duration.ofSeconds(10)).until(() -> !written.isEmpty());
            assertThat(written).containsExactly(Map.of(7L, "done"));
        }
    }

    @Test
    void withoutLingerMarksThatComeWhileAWriteRunsGoTogetherInTheNext() {
        CountDownLatch firstWriteRunning = new CountDownLatch(1);
        CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
        try (BatchedWrites<Long, String> marks = new BatchedWrites<>("test", Duration.ZERO, batch -> {
            written.add(batch);
            if (written.size() == 1) {
                firstWriteRunning.countDown();
                awaitQuietly(firstWriteMayEnd);
            }
        })) {
            marks.put(1L, "sent");
            awaitQuietly(firstWriteRunning);
            marks.put(2L, "sent");
            marks.put(3L, "sent");
            firstWriteMayEnd.countDown();

            await().atMost(Duration.ofSeconds(10)).until(() -> written.size() == 2);
            assertThat(written).containsExactly(Map.of(1L, "sent"), Map.of(2L, "sent", 3L, "sent"));
        }
    }

    @Test
    void closeWritesWhatIsLeftAndAMarkPutAfterCloseIsWrittenAtOnce() {
        BatchedWrites<Long, String> marks = new BatchedWrites<>("test", NEVER_BY_ITSELF, written::add);
        marks.put(1L, "done");

        marks.close();
        assertThat(written).containsExactly(Map.of(1L, "done"));

        marks.put(2L, "late");
        assertThat(written).containsExactly(Map.of(1L, "done"), Map.of(2L, "late"));
    }

    @Test
    void aMarkStaysVisibleUntilTheWriteCarryingItHasReturned() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (BatchedWrites<Long, String> marks = new BatchedWrites<>("test", NEVER_BY_ITSELF, batch -> {
            writing.countDown();
            awaitQuietly(release);
            written.add(batch);
        })) {
            marks.put(5L, "sent as 42");
            CompletableFuture<Void> flush = CompletableFuture.runAsync(marks::flush);
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(marks.pending(5L)).contains("sent as 42");
            release.countDown();
            flush.get(10, TimeUnit.SECONDS);

            assertThat(marks.pending(5L)).isEmpty();
            assertThat(written).containsExactly(Map.of(5L, "sent as 42"));
        }
    }

    @Test
    void aFailedWriteKeepsTheMarksForTheNextRound() {
        AtomicBoolean storeDown = new AtomicBoolean(true);
        try (BatchedWrites<Long, String> marks = new BatchedWrites<>("test", NEVER_BY_ITSELF, batch -> {
            if (storeDown.get()) {
                throw new IllegalStateException("store unreachable");
            }
            written.add(batch);
        })) {
            marks.put(9L, "done");
            assertThatThrownBy(marks::flush).hasMessage("store unreachable");
            assertThat(marks.pending(9L)).contains("done");

            storeDown.set(false);
            marks.flush();

            assertThat(written).containsExactly(Map.of(9L, "done"));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

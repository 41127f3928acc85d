package khodyar.bot.telegram.outbound;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * The overall limit: a send may start only while fewer than {@code limit} sends are in flight or
 * ended less than a second ago.
 * <p>
 * Counting a send until a second after its answer, not after its start, is what makes the limit
 * hold at Telegram whatever the network does: Telegram receives a message before we get its answer,
 * so if some second at Telegram held {@code limit + 1} of our messages, the last of them to start
 * would have found the others in flight or answered within the second before it, and waited.
 * Pacing by start times (a token bucket) cannot promise that: two calls can arrive closer together
 * than they left. The cost is the round trip: the rate is {@code limit / (1 s + round trip)}.
 * <p>
 * Starts are also spaced evenly ({@code 1 s / limit} apart): without it a full window lets the
 * limit go at once and then nothing for a second, and an interactive reply that comes in that
 * second waits for all of it.
 */
final class SendWindow {

    private final int limit;
    private final long windowNanos;
    private final long spacingNanos;
    private long lastStartNanos;
    private boolean startedBefore;
    private final ArrayDeque<Long> endedAtNanos = new ArrayDeque<>();
    private int inFlight;

    SendWindow(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must allow at least one send, was " + limit);
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.spacingNanos = windowNanos / limit;
    }

    /** 0 when a send may start now; otherwise how long until one may, or -1 until a send in flight ends. */
    synchronized long nanosUntilFree(long nowNanos) {
        while (!endedAtNanos.isEmpty() && endedAtNanos.peekFirst() + windowNanos <= nowNanos) {
            endedAtNanos.removeFirst();
        }
        long untilSpaced = startedBefore ? Math.max(0, lastStartNanos + spacingNanos - nowNanos) : 0;
        if (inFlight + endedAtNanos.size() < limit) {
            return untilSpaced;
        }
        return endedAtNanos.isEmpty() ? -1 : Math.max(untilSpaced, endedAtNanos.peekFirst() + windowNanos - nowNanos);
    }

    synchronized void started(long nowNanos) {
        inFlight++;
        lastStartNanos = nowNanos;
        startedBefore = true;
    }

    /** The call was answered or failed: from now it counts for one more window. */
    synchronized void ended(long nowNanos) {
        inFlight--;
        endedAtNanos.addLast(nowNanos);
    }
}

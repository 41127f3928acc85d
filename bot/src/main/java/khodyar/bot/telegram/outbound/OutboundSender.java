package khodyar.bot.telegram.outbound;

import io.github.bucket4j.Bucket;
import khodyar.bot.config.BotSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Drains the outbound queue under the Bot API limits: a {@link SendWindow} overall, a token bucket
 * per private chat (a small burst, then one a second) and one per group chat (20 a minute). One call per chat is in
 * flight at a time, which keeps each chat's messages in order; several chats are served at once.
 * Interactive replies go before broadcasts. A {@code 429} holds the chat until its
 * {@code retry_after} has passed; a 5xx or a network error is retried with back-off. Nothing is
 * dropped: a message leaves the queue only when the Bot API has taken it or refused it for good.
 */
public final class OutboundSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboundSender.class);
    private static final Duration IDLE_WAIT = Duration.ofMillis(250);
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    private static final int MAX_SERVER_ERROR_ATTEMPTS = 30;
    /** A little over Telegram's one second, so that network jitter never lands two messages to one chat inside it. */
    private static final Duration PRIVATE_CHAT_INTERVAL = Duration.ofMillis(1100);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    /** The Bot API call itself, and what the queue records of its result. */
    public interface Transport {
        CompletableFuture<Integer> send(OutMessage message);
    }

    public interface Journal {
        void sent(OutMessage message, Integer sentMessageId);

        void failed(OutMessage message, String reason);

        void postponed(OutMessage message);
    }

    private final Transport transport;
    private final Journal journal;
    private final Clock clock;
    private final BotSettings.Outbound limits;
    private final SendWindow global;
    private final Semaphore inFlight;
    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();
    /** The lanes with messages queued, so that picking the next send does not walk every chat ever served. */
    private final Set<Lane> waiting = new LinkedHashSet<>();
    private long lastSweepNanos = System.nanoTime();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread dispatcher;
    private volatile boolean running = true;

    public OutboundSender(Transport transport, Journal journal, Clock clock, BotSettings.Outbound limits) {
        this.transport = transport;
        this.journal = journal;
        this.clock = clock;
        this.limits = limits;
        this.global = new SendWindow(limits.globalPerSecond(), Duration.ofSeconds(1));
        this.inFlight = new Semaphore(limits.maxInFlight());
        this.dispatcher = new Thread(this::dispatchLoop, "outbound-dispatcher");
        this.dispatcher.setDaemon(true);
        this.dispatcher.start();
    }

    public void offer(List<OutMessage> messages) {
        lock.lock();
        try {
            for (OutMessage message : messages) {
                Lane lane = lanes.computeIfAbsent(message.chatId(), this::newLane);
                lane.add(message);
                waiting.add(lane);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private Lane newLane(long chatId) {
        if (chatId > 0) {
            Bucket bucket = Bucket.builder()
                    .addLimit(l -> l.capacity(limits.privateChatBurst()).refillGreedy(1, PRIVATE_CHAT_INTERVAL)).build();
            return new Lane(chatId, bucket, limits.privateChatBurst());
        }
        Bucket bucket = Bucket.builder()
                .addLimit(l -> l.capacity(1).refillGreedy(limits.groupChatPerMinute(), Duration.ofMinutes(1))).build();
        return new Lane(chatId, bucket, 1);
    }

    private void dispatchLoop() {
        while (running) {
            try {
                dispatchOnce();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("outbound dispatcher failed; going on", e);
            }
        }
    }

    private void dispatchOnce() throws InterruptedException {
        inFlight.acquire();
        boolean handedOver = false;
        try {
            OutMessage next;
            Lane lane;
            lock.lock();
            try {
                long waitNanos = global.nanosUntilFree(System.nanoTime());
                if (waitNanos != 0) {
                    // a send that ends signals, so waiting for one in flight needs no deadline of its own
                    changed.awaitNanos(waitNanos < 0 ? IDLE_WAIT.toNanos() : waitNanos);
                    return;
                }
                Pick pick = pickReady();
                if (pick == null) {
                    changed.awaitNanos(nextWakeNanos());
                    return;
                }
                lane = pick.lane();
                next = lane.take(pick.message());
                if (lane.isEmpty()) {
                    waiting.remove(lane);
                }
                if (next.countsAgainstLimits()) {
                    global.started(System.nanoTime());
                }
            } finally {
                lock.unlock();
            }
            handedOver = true;
            send(lane, next);
        } finally {
            if (!handedOver) {
                inFlight.release();
            }
        }
    }

    private record Pick(Lane lane, OutMessage message) {
    }

    private static final Comparator<OutMessage> ORDER = Comparator
            .comparing(OutMessage::priority)
            .thenComparing(OutMessage::createdAt);

    /** The ready chat whose head is most urgent: interactive before broadcast, oldest first. */
    private Pick pickReady() {
        Instant now = clock.instant();
        Pick best = null;
        forgetIdleLanes();
        for (Lane lane : waiting) {
            OutMessage head = lane.head(now);
            if (head == null || lane.busy || lane.heldUntil.isAfter(now)) {
                continue;
            }
            if (head.countsAgainstLimits() && lane.bucket.getAvailableTokens() < 1) {
                continue;
            }
            if (best == null || ORDER.compare(head, best.message()) < 0) {
                best = new Pick(lane, head);
            }
        }
        if (best != null && best.message().countsAgainstLimits()) {
            best.lane().bucket.tryConsume(1);
        }
        return best;
    }

    /** Once a second at most: asking every idle chat's bucket on each pick cost a tenth of the bot's CPU. */
    private void forgetIdleLanes() {
        long now = System.nanoTime();
        if (now - lastSweepNanos >= SWEEP_INTERVAL.toNanos()) {
            lanes.values().removeIf(Lane::isForgettable);
            lastSweepNanos = now;
        }
    }

    private long nextWakeNanos() {
        Instant now = clock.instant();
        long wake = IDLE_WAIT.toNanos();
        for (Lane lane : waiting) {
            if (lane.busy) {
                continue;
            }
            long untilHeld = Duration.between(now, lane.heldUntil).toNanos();
            long untilToken = lane.bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
            wake = Math.min(wake, Math.max(Math.max(untilHeld, untilToken), 1_000_000));
        }
        return wake;
    }

    private void send(Lane lane, OutMessage message) {
        CompletableFuture<Integer> call;
        try {
            call = transport.send(message);
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((sentId, error) -> {
            if (message.countsAgainstLimits()) {
                global.ended(System.nanoTime());
            }
            try {
                if (error == null) {
                    journal.sent(message, sentId);
                    finish(lane, paceAfterDelivery(lane, message));
                } else {
                    handleFailure(lane, message, unwrap(error));
                }
            } catch (RuntimeException e) {
                log.error("outbound bookkeeping failed for {}", message.id(), e);
                finish(lane, null);
            } finally {
                inFlight.release();
            }
        });
    }

    private void handleFailure(Lane lane, OutMessage message, Throwable error) {
        Instant now = clock.instant();
        if (error instanceof TelegramApiRequestException api && api.getErrorCode() != null) {
            int code = api.getErrorCode();
            if (code == 429) {
                Integer retryAfter = api.getParameters() == null ? null : api.getParameters().getRetryAfter();
                Instant until = now.plusSeconds(retryAfter == null ? 1 : retryAfter);
                log.info("429 for chat {}: holding it until {}", lane.chatId, until);
                requeue(lane, message.retryAt(until), until);
                return;
            }
            if (code < 500) {
                log.warn("Bot API refused {} for chat {}: {} {}", message.kind(), lane.chatId, code, api.getApiResponse());
                journal.failed(message, code + " " + api.getApiResponse());
                finish(lane, null);
                return;
            }
        }
        if (message.attempts() + 1 >= MAX_SERVER_ERROR_ATTEMPTS) {
            log.error("giving up on {} after {} attempts", message.id(), message.attempts() + 1, error);
            journal.failed(message, String.valueOf(error));
            finish(lane, null);
            return;
        }
        Duration backoff = Duration.ofMillis(Math.min(MAX_BACKOFF.toMillis(), 250L << Math.min(message.attempts(), 16)));
        Instant until = now.plus(backoff);
        log.warn("sending to chat {} failed ({}); retrying after {}", lane.chatId, error.toString(), backoff);
        requeue(lane, message.retryAt(until), until);
    }

    private void requeue(Lane lane, OutMessage retry, Instant until) {
        journal.postponed(retry);
        lock.lock();
        try {
            lane.pushFront(retry);
            waiting.add(lane);
            lane.heldUntil = until;
            lane.busy = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Once a chat has spent its burst, its next message waits a full interval from when Telegram took
     * this one, not from when it was sent: a slow request then cannot land two messages too close.
     */
    private Instant paceAfterDelivery(Lane lane, OutMessage delivered) {
        if (!delivered.countsAgainstLimits() || lane.bucket.getAvailableTokens() >= 1) {
            return null;
        }
        Duration interval = lane.chatId > 0 ? PRIVATE_CHAT_INTERVAL
                : Duration.ofMinutes(1).dividedBy(limits.groupChatPerMinute());
        return clock.instant().plus(interval);
    }

    private void finish(Lane lane, Instant holdUntil) {
        lock.lock();
        try {
            lane.busy = false;
            if (holdUntil != null) {
                lane.heldUntil = holdUntil;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof org.telegram.telegrambots.meta.exceptions.TelegramApiException && t.getCause() instanceof IOException io) {
            return io;
        }
        return t;
    }

    /**
     * Stops taking messages, then gives the calls in flight a moment to finish, so that what Telegram
     * took is marked sent (the queue writes its marks after this) rather than sent again at the next start.
     */
    @Override
    public void close() {
        running = false;
        dispatcher.interrupt();
        try {
            dispatcher.join(CLOSE_WAIT.toMillis());
            if (!inFlight.tryAcquire(limits.maxInFlight(), CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("stopping with Bot API calls still in flight; their messages may be sent again at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One chat's queue: interactive messages first, each kind in the order it was queued. */
    private static final class Lane {
        final long chatId;
        final Bucket bucket;
        final long capacity;
        final Deque<OutMessage> interactive = new ArrayDeque<>();
        final Deque<OutMessage> broadcast = new ArrayDeque<>();
        Instant heldUntil = Instant.EPOCH;
        boolean busy;

        Lane(long chatId, Bucket bucket, long capacity) {
            this.chatId = chatId;
            this.bucket = bucket;
            this.capacity = capacity;
        }

        /**
         * An idle chat whose bucket has refilled: forgetting it loses nothing. A chat with a partly spent
         * bucket is kept, or its next message would get a fresh burst too early.
         */
        boolean isForgettable() {
            return isEmpty() && !busy && bucket.getAvailableTokens() >= capacity;
        }

        void add(OutMessage message) {
            (message.priority() == OutMessage.Priority.INTERACTIVE ? interactive : broadcast).addLast(message);
        }

        void pushFront(OutMessage message) {
            (message.priority() == OutMessage.Priority.INTERACTIVE ? interactive : broadcast).addFirst(message);
        }

        OutMessage head(Instant now) {
            OutMessage head = !interactive.isEmpty() ? interactive.peekFirst() : broadcast.peekFirst();
            if (head == null || (head.notBefore() != null && head.notBefore().isAfter(now))) {
                return null;
            }
            return head;
        }

        OutMessage take(OutMessage head) {
            busy = true;
            return (head.priority() == OutMessage.Priority.INTERACTIVE ? interactive : broadcast).pollFirst();
        }

        boolean isEmpty() {
            return interactive.isEmpty() && broadcast.isEmpty();
        }
    }
}

package khodyar.bench;

import khodyar.bot.telegram.standin.BotApiStandIn;
import khodyar.bot.telegram.standin.SentMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Plays people over the stand-in's real HTTP: each exchange is one update and the bot's first message
 * in that chat after it. Latency runs from the moment getUpdates handed the update out to that first
 * message; a person has at most one exchange outstanding, so the first message is the answer.
 */
final class Driver {

    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    final BotApiStandIn telegram;
    private final Map<Long, Exchange> outstanding = new ConcurrentHashMap<>();
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong unsupported = new AtomicLong();
    final Map<String, AtomicLong> unsupportedByCommand = new ConcurrentHashMap<>();

    record Person(long id, String name) {
    }

    /** One update and the bot's first answer to it. */
    static final class Exchange {
        final long chatId;
        final boolean releaseOnAnswer;
        final long createdNanos = System.nanoTime();
        volatile long updateId;
        volatile long answeredNanos;
        volatile SentMessage firstAnswer;
        final CountDownLatch answered = new CountDownLatch(1);

        Exchange(long chatId, boolean releaseOnAnswer) {
            this.chatId = chatId;
            this.releaseOnAnswer = releaseOnAnswer;
        }
    }

    /** What a step of the script got: the awaited answer (null when none came) and the latency of the first. */
    record Answer(SentMessage message, SentMessage first, long latencyNanos) {
        boolean arrived() {
            return message != null;
        }

        String text() {
            return message == null || message.text() == null ? "" : message.text();
        }
    }

    Driver(BotApiStandIn telegram) {
        this.telegram = telegram;
        telegram.addListener(this::onSent);
    }

    private void onSent(SentMessage sent) {
        Exchange exchange = outstanding.get(sent.chatId());
        if (exchange == null) {
            return;
        }
        synchronized (exchange) {
            if (exchange.firstAnswer != null) {
                return;
            }
            exchange.answeredNanos = System.nanoTime();
            exchange.firstAnswer = sent;
        }
        exchange.answered.countDown();
        if (exchange.releaseOnAnswer) {
            outstanding.remove(sent.chatId(), exchange);
        }
    }

    /** Sends a text and waits for the answer that matches; latency goes to {@code latencies} when given. */
    Answer says(Person person, String text, Predicate<SentMessage> expected, Latencies latencies) {
        return exchange(person.id(), () -> telegram.sendText(person.id(), person.name(), text), expected, latencies);
    }

    Answer presses(Person person, SentMessage message, String callbackData, Predicate<SentMessage> expected,
                   Latencies latencies) {
        return exchange(person.id(), () -> telegram.pressButton(person.id(), message.messageId(), callbackData),
                expected, latencies);
    }

    private Answer exchange(long chatId, java.util.function.LongSupplier send, Predicate<SentMessage> expected,
                            Latencies latencies) {
        Exchange exchange = new Exchange(chatId, false);
        if (outstanding.putIfAbsent(chatId, exchange) != null) {
            throw new IllegalStateException("two exchanges at once in chat " + chatId);
        }
        try {
            exchange.updateId = send.getAsLong();
            SentMessage answer;
            try {
                answer = telegram.awaitReply(exchange.updateId, m -> expected.test(m), ANSWER_TIMEOUT);
                // the stand-in wakes waiters before it calls its listeners: let the listener see the first answer
                exchange.answered.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer = null;
            } catch (AssertionError none) {
                timeouts.incrementAndGet();
                answer = null;
            }
            long latency = latencyOf(exchange);
            if (latencies != null && latency >= 0) {
                latencies.add(latency);
            }
            return new Answer(answer, exchange.firstAnswer, latency);
        } finally {
            outstanding.remove(chatId, exchange);
        }
    }

    /** When the answer arrived, measured from when getUpdates handed the update out; -1 when unanswered. */
    long latencyOf(Exchange exchange) {
        if (exchange.firstAnswer == null) {
            return -1;
        }
        long from = telegram.handedOutNanos(exchange.updateId).orElse(exchange.createdNanos);
        return Math.max(0, exchange.answeredNanos - from);
    }

    /** Whether the answer says the bot does not know the command yet (a feature not merged). */
    boolean countedUnsupported(String command, Answer answer) {
        if (answer.first() != null && answer.first().text() != null
                && answer.first().text().startsWith(Words.prefix("command.unknown"))) {
            unsupported.incrementAndGet();
            unsupportedByCommand.computeIfAbsent(command, c -> new AtomicLong()).incrementAndGet();
            return true;
        }
        return false;
    }

    /** Open loop: updates at a fixed rate from whoever is not waiting, whatever the bot's pace. */
    OpenLoop openLoop(List<Person> people, List<String> texts, double perSecond, Duration duration, Latencies latencies)
            throws InterruptedException {
        long interval = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Exchange> exchanges = new ArrayList<>();
        int cursor = 0;
        long skipped = 0;
        for (long next = start; next < end; next += interval) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Person chosen = null;
            for (int tries = 0; tries < people.size() && chosen == null; tries++) {
                Person candidate = people.get(cursor++ % people.size());
                if (!outstanding.containsKey(candidate.id())) {
                    chosen = candidate;
                }
            }
            if (chosen == null) {
                skipped++;
                continue;
            }
            Exchange exchange = new Exchange(chosen.id(), true);
            outstanding.put(chosen.id(), exchange);
            exchange.updateId = telegram.sendText(chosen.id(), chosen.name(), texts.get(exchanges.size() % texts.size()));
            exchanges.add(exchange);
        }
        long offeredUntil = System.nanoTime();
        long deadline = offeredUntil + TimeUnit.SECONDS.toNanos(30);
        long lastAnswer = offeredUntil;
        int answered = 0;
        for (Exchange exchange : exchanges) {
            exchange.answered.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            outstanding.remove(exchange.chatId, exchange);
            long latency = latencyOf(exchange);
            if (latency >= 0) {
                answered++;
                latencies.add(latency);
                lastAnswer = Math.max(lastAnswer, exchange.answeredNanos);
            }
        }
        return new OpenLoop(exchanges.size(), answered, skipped, (offeredUntil - start) / 1e9,
                (lastAnswer - offeredUntil) / 1e9, answered / ((lastAnswer - start) / 1e9));
    }

    /** Offered and answered updates, people all busy, how long the bot took to catch up after the last one. */
    record OpenLoop(int offered, int answered, long skipped, double seconds, double lagSeconds, double answeredPerSecond) {
        boolean keptUp() {
            return answered == offered && skipped == 0 && lagSeconds < 1.0;
        }
    }
}

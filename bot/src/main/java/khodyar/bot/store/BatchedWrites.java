package khodyar.bot.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes that may arrive late, kept in memory by key and written together by a background thread
 * and once more on close: one store round trip (one durable commit) for many marks instead of one
 * each. The thread writes as soon as a mark has waited its linger, one write at a time, so under
 * load the marks that come while a write runs go together in the next, and when quiet a mark waits
 * no longer than its linger and one write. Only for writes whose loss in a crash is harmless; each owner says why.
 * A value stays readable through {@link #pending} until the write that carries it has returned, so
 * whoever looks here first and then in the store never misses it. A failed write is tried again on
 * the next round. After close a value is written at once.
 */
public final class BatchedWrites<K, V> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BatchedWrites.class);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private final String name;
    private final Consumer<Map<K, V>> write;
    private final Map<K, V> pending = new LinkedHashMap<>();
    private final ReentrantLock flushing = new ReentrantLock();
    private final long lingerNanos;
    private final Thread flusher;
    private boolean closed; // guarded by pending

    public BatchedWrites(String name, Duration linger, Consumer<Map<K, V>> write) {
        this.name = name;
        this.write = write;
        this.lingerNanos = linger.toNanos();
        this.flusher = new Thread(this::flushWhileOpen, name + "-flusher");
        this.flusher.setDaemon(true);
        this.flusher.start();
    }

    public void put(K key, V value) {
        synchronized (pending) {
            if (!closed) {
                pending.put(key, value);
                pending.notifyAll();
                return;
            }
        }
        write.accept(Map.of(key, value));
    }

    /** The value put under the key and not yet written, if any. */
    public Optional<V> pending(K key) {
        synchronized (pending) {
            return Optional.ofNullable(pending.get(key));
        }
    }

    /** Writes everything put so far in one go; throws if the write fails (the values stay pending). */
    public void flush() {
        flushing.lock();
        try {
            Map<K, V> batch;
            synchronized (pending) {
                if (pending.isEmpty()) {
                    return;
                }
                batch = new LinkedHashMap<>(pending);
            }
            write.accept(batch);
            synchronized (pending) {
                batch.forEach((key, value) -> pending.remove(key, value)); // a newer value put meanwhile stays
            }
        } finally {
            flushing.unlock();
        }
    }

    private void flushWhileOpen() {
        try {
            while (awaitMarksThatLingered()) {
                if (!flushQuietly()) {
                    Thread.sleep(RETRY_PAUSE.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a mark, then for its linger; false once closed (close writes what is left). */
    private boolean awaitMarksThatLingered() throws InterruptedException {
        synchronized (pending) {
            while (pending.isEmpty() && !closed) {
                pending.wait();
            }
            long lingerEnd = System.nanoTime() + lingerNanos;
            for (long left = lingerNanos; left > 0 && !closed; left = lingerEnd - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(pending, left);
            }
            return !closed;
        }
    }

    private boolean flushQuietly() {
        try {
            flush();
            return true;
        } catch (RuntimeException e) {
            log.error("{}: writing the batch failed; trying again in {}", name, RETRY_PAUSE, e);
            return false;
        }
    }

    @Override
    public void close() {
        synchronized (pending) {
            closed = true;
            pending.notifyAll();
        }
        try {
            flusher.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}

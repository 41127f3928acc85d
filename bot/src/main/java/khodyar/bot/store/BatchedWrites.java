package khodyar.bot.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes that may arrive late, kept in memory by key and written together by a background thread
 * every interval and once more on close: one store round trip (one durable commit) for many marks
 * instead of one each. Only for writes whose loss in a crash is harmless; each owner says why.
 * A value stays readable through {@link #pending} until the write that carries it has returned, so
 * whoever looks here first and then in the store never misses it. A failed write is tried again on
 * the next round. After close a value is written at once.
 */
public final class BatchedWrites<K, V> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BatchedWrites.class);

    private final String name;
    private final Consumer<Map<K, V>> write;
    private final Map<K, V> pending = new LinkedHashMap<>();
    private final ReentrantLock flushing = new ReentrantLock();
    private final ScheduledExecutorService timer;
    private boolean closed; // guarded by pending

    public BatchedWrites(String name, Duration interval, Consumer<Map<K, V>> write) {
        this.name = name;
        this.write = write;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name + "-flusher");
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    public void put(K key, V value) {
        synchronized (pending) {
            if (!closed) {
                pending.put(key, value);
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

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.error("{}: writing the batch failed; trying again on the next round", name, e);
        }
    }

    @Override
    public void close() {
        synchronized (pending) {
            closed = true;
        }
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}

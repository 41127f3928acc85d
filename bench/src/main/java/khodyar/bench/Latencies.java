package khodyar.bench;

import java.util.Arrays;

/** Reply latencies of one run, kept whole (runs are at most a few hundred thousand updates). */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The latency that {@code fraction} of the replies were at or under, in milliseconds; 0 with no replies. */
    synchronized double percentileMillis(double fraction) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(fraction * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }

    double maxMillis() {
        return percentileMillis(1.0);
    }

    String summary() {
        return String.format("p50 %.1f / p90 %.1f / p99 %.1f / max %.1f ms",
                percentileMillis(0.50), percentileMillis(0.90), percentileMillis(0.99), maxMillis());
    }
}

package vn.baocao.bench;

import java.util.Arrays;
import vn.baocao.report.Require;

/**
 * The latencies of one timed run, kept whole (a few thousand longs) so that percentiles are exact:
 * nearest rank, no histogram buckets to blur the tail. Immutable.
 */
final class Latencies {
    private final long[] sortedNanos;

    /** The latencies in {@code nanos}, in any order; at least one. */
    Latencies(long[] nanos) {
        Require.that(nanos.length > 0, "at least one latency is needed");
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    int count() {
        return sortedNanos.length;
    }

    /** The {@code percent}-th percentile in milliseconds, by nearest rank (p100 is the slowest). */
    double percentileMillis(double percent) {
        Require.that(percent > 0 && percent <= 100, "percent must be in (0, 100], was " + percent);
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[rank - 1] / 1e6;
    }

    double meanMillis() {
        return Arrays.stream(sortedNanos).average().orElseThrow() / 1e6;
    }

    double maxMillis() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }
}

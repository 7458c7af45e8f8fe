package vn.baocao.channel;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.baocao.report.Require;

/**
 * Decides which refused requests get a log line: the first from an address, then at most one per interval,
 * each saying how many went unlogged since, so a client repeating bad requests cannot fill the disk with
 * warnings. Remembers at most {@link #ADDRESSES} addresses, forgetting the least recent.
 */
public final class RefusalLog {
    static final int ADDRESSES = 10_000;

    private final long intervalNanos;
    private final Map<String, Seen> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
            return size() > ADDRESSES;
        }
    };

    private static final class Seen {
        long loggedAt;
        long unlogged;
    }

    public RefusalLog(Duration interval) {
        Require.that(!interval.isNegative() && !interval.isZero(), "the interval between refusal lines must be positive");
        this.intervalNanos = interval.toNanos();
    }

    /**
     * Counts a refusal from {@code address} at {@code nanoTime}: returns how many refusals from there went
     * unlogged since its last line when this one is to be logged, or -1 when it is not.
     */
    public synchronized long unloggedBefore(String address, long nanoTime) {
        Seen entry = entries.get(address);
        if (entry == null) {
            Seen first = new Seen();
            first.loggedAt = nanoTime;
            entries.put(address, first);
            return 0;
        }
        if (nanoTime - entry.loggedAt < intervalNanos) {
            entry.unlogged++;
            return -1;
        }
        long unlogged = entry.unlogged;
        entry.loggedAt = nanoTime;
        entry.unlogged = 0;
        return unlogged;
    }
}

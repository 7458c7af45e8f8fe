package vn.baocao.channel.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import vn.baocao.report.Require;

/**
 * Requests per client address, as a token bucket: {@code burst} at once, then {@code perMinute} a minute.
 * Remembers at most {@link #CLIENTS} addresses, forgetting the least recent (a forgotten one starts with a
 * full bucket, which costs nothing a single client could abuse). Thread-safe.
 */
final class RateLimiter {
    static final int CLIENTS = 10_000;
    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int burst;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > CLIENTS;
        }
    };

    private static final class Bucket {
        double tokens;
        long at;
    }

    RateLimiter(int perMinute, int burst, LongSupplier nanoTime) {
        Require.that(perMinute >= 1 && burst >= 1, "a rate limit lets at least one request through");
        this.burst = burst;
        this.tokensPerNano = perMinute / (double) MINUTE_NANOS;
        this.nanoTime = nanoTime;
    }

    /** Takes one request of {@code client}: 0 when it may go on, else the seconds until it may (at least 1). */
    synchronized long waitSeconds(String client) {
        long now = nanoTime.getAsLong();
        Bucket b = buckets.computeIfAbsent(client, c -> {
            Bucket fresh = new Bucket();
            fresh.tokens = burst;
            fresh.at = now;
            return fresh;
        });
        b.tokens = Math.min(burst, b.tokens + (now - b.at) * tokensPerNano);
        b.at = now;
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - b.tokens) / tokensPerNano / 1e9));
    }
}

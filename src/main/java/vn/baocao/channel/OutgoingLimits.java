package vn.baocao.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Paces outgoing messages so that none of the {@link Limits} is exceeded: {@link #acquire} waits until
 * a message to a chat may go, then counts it. Each limit is a sliding window — at most {@code max}
 * messages in any window of its length — kept as the times of the last {@code max} messages. Waiting
 * happens outside the lock, so a chat that must wait does not hold up the others. Thread-safe.
 */
public final class OutgoingLimits {
    private static final String OVERALL = "*";
    /** Windows of chats silent for longer than this are dropped, so the map does not grow forever. */
    private static final int PRUNE_EVERY = 1024;

    private final Limits limits;
    private final BotTime time;
    private final Map<String, ArrayDeque<Instant>> sent = new HashMap<>();
    private int sincePrune;

    public OutgoingLimits(Limits limits, BotTime time) {
        this.limits = limits;
        this.time = time;
    }

    /** Waits until a message to {@code chatId} (a group when {@code group}) is allowed, and counts it. */
    public void acquire(String chatId, boolean group) throws InterruptedException {
        while (true) {
            Duration wait = tryAcquire(chatId, group);
            if (wait.isZero()) {
                return;
            }
            time.sleep(wait);
        }
    }

    /** Counts the message and returns zero if it may go now; otherwise how long to wait before asking again. */
    private synchronized Duration tryAcquire(String chatId, boolean group) {
        Instant now = time.now();
        Instant allowed = now;
        allowed = later(allowed, OVERALL, limits.overall());
        allowed = later(allowed, "c" + chatId, limits.perChat());
        if (group) {
            allowed = later(allowed, "g" + chatId, limits.perGroup());
        }
        if (allowed.isAfter(now)) {
            return Duration.between(now, allowed);
        }
        record(OVERALL, limits.overall(), now);
        record("c" + chatId, limits.perChat(), now);
        if (group) {
            record("g" + chatId, limits.perGroup(), now);
        }
        pruneNow(now);
        return Duration.ZERO;
    }

    /** The later of {@code allowed} and the first moment {@code limit} lets another message through {@code key}. */
    private Instant later(Instant allowed, String key, Limits.Limit limit) {
        ArrayDeque<Instant> times = sent.get(key);
        if (limit.unlimited() || times == null || times.size() < limit.max()) {
            return allowed;
        }
        Instant free = times.peekFirst().plus(limit.window());
        return free.isAfter(allowed) ? free : allowed;
    }

    private void record(String key, Limits.Limit limit, Instant now) {
        if (limit.unlimited()) {
            return;
        }
        ArrayDeque<Instant> times = sent.computeIfAbsent(key, k -> new ArrayDeque<>(limit.max()));
        times.addLast(now);
        if (times.size() > limit.max()) {
            times.removeFirst();
        }
    }

    private void pruneNow(Instant now) {
        if (++sincePrune < PRUNE_EVERY) {
            return;
        }
        sincePrune = 0;
        Instant longAgo = now.minus(limits.perGroup().window().plus(limits.perChat().window()));
        sent.values().removeIf(times -> times.peekLast().isBefore(longAgo));
    }
}

package vn.baocao.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paces outgoing messages so that none of the {@link Limits} is exceeded: {@link #acquire} reserves the
 * earliest moment a message to a chat may go — at most {@code max} messages in any window of a limit's
 * length, overall, per chat and per group — then waits for it. Reservations are handed out in the order
 * they are asked for, so under a backlog every chat gets its turn and no sending slot goes unused while
 * chats wait; a chat whose own limit holds it back takes a later slot without holding up the others.
 * Thread-safe; the waiting happens outside the lock.
 */
public final class OutgoingLimits {
    private static final String OVERALL = "*";
    /** Reservations of chats silent for longer than this are dropped, so the map does not grow forever. */
    private static final int PRUNE_EVERY = 1024;

    private final Limits limits;
    private final BotTime time;
    /** Per key, the send times reserved, ascending: those of the last window and any still to come. */
    private final Map<String, List<Instant>> reserved = new HashMap<>();
    private int sincePrune;

    public OutgoingLimits(Limits limits, BotTime time) {
        this.limits = limits;
        this.time = time;
    }

    /** Waits until a message to {@code chatId} (a group when {@code group}) may go, its moment reserved. */
    public void acquire(String chatId, boolean group) throws InterruptedException {
        Instant at = reserve(chatId, group);
        Duration wait = Duration.between(time.now(), at);
        if (wait.isPositive()) {
            time.sleep(wait);
        }
    }

    /** Reserves and returns the earliest moment from now at which every limit allows the message. */
    private synchronized Instant reserve(String chatId, boolean group) {
        Instant now = time.now();
        List<Keyed> keys = new ArrayList<>(3);
        keys.add(new Keyed(OVERALL, limits.overall()));
        keys.add(new Keyed("c" + chatId, limits.perChat()));
        if (group) {
            keys.add(new Keyed("g" + chatId, limits.perGroup()));
        }
        keys.removeIf(k -> k.limit().unlimited());
        Instant at = earliestFeasible(keys, now);
        for (Keyed k : keys) {
            List<Instant> times = reserved.computeIfAbsent(k.key(), x -> new ArrayList<>());
            times.add(insertionPoint(times, at), at);
            dropBefore(times, now.minus(k.limit().window()));
        }
        pruneNow(now);
        return at;
    }

    /** A limit and the key its reservations are kept under. */
    private record Keyed(String key, Limits.Limit limit) {
    }

    /**
     * The earliest moment from {@code now} that every key's limit allows: now, or the end of a window
     * that starts at one of their reservations.
     */
    private Instant earliestFeasible(List<Keyed> keys, Instant now) {
        List<Instant> candidates = new ArrayList<>();
        candidates.add(now);
        for (Keyed k : keys) {
            for (Instant t : reserved.getOrDefault(k.key(), List.of())) {
                Instant end = t.plus(k.limit().window());
                if (end.isAfter(now)) {
                    candidates.add(end);
                }
            }
        }
        Collections.sort(candidates);
        for (Instant candidate : candidates) {
            if (keys.stream().allMatch(k -> allows(reserved.getOrDefault(k.key(), List.of()), k.limit(), candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no moment satisfies the limits"); // the last window's end always does
    }

    /** True when adding {@code t} to {@code times} keeps at most {@code max} of them in any window. */
    private static boolean allows(List<Instant> times, Limits.Limit limit, Instant t) {
        int p = insertionPoint(times, t);
        // with t at position p, every run of max + 1 consecutive times that includes it must span a window
        for (int first = Math.max(0, p - limit.max()); first <= p; first++) {
            int last = first + limit.max(); // in the list with t inserted
            if (last > times.size()) {
                break;
            }
            Instant firstTime = first == p ? t : times.get(first < p ? first : first - 1);
            Instant lastTime = last == p ? t : times.get(last < p ? last : last - 1);
            if (Duration.between(firstTime, lastTime).compareTo(limit.window()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code t} goes in ascending {@code times}: after any equal ones. */
    private static int insertionPoint(List<Instant> times, Instant t) {
        int low = 0;
        int high = times.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times.get(mid).isAfter(t)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Forgets reservations before {@code oldest}: no window from now on can hold them. */
    private static void dropBefore(List<Instant> times, Instant oldest) {
        int n = 0;
        while (n < times.size() && times.get(n).isBefore(oldest)) {
            n++;
        }
        times.subList(0, n).clear();
    }

    private void pruneNow(Instant now) {
        if (++sincePrune < PRUNE_EVERY) {
            return;
        }
        sincePrune = 0;
        Instant longAgo = now.minus(limits.perGroup().window().plus(limits.perChat().window()));
        reserved.values().removeIf(times -> times.isEmpty() || times.getLast().isBefore(longAgo));
    }
}

package vn.baocao.channel;

import java.time.Duration;
import vn.baocao.report.Require;

/**
 * How a bot paces and bounds itself. {@link #PRODUCTION} is what {@code baocao telegram} uses ({@code
 * baocao zalo} with Zalo's shorter long poll); tests shorten the long poll, stop time, or lift the limits
 * to measure the bot itself.
 *
 * @param pollTimeout     how long one getUpdates call waits for updates
 * @param workers         chats answered at once, each on a virtual thread (one chat's messages one at a time)
 * @param limits          outgoing message limits
 * @param time            the clock and sleeps that limits, retry_after and backoff use
 * @param retryBase       the first wait after a network error or a 5xx; doubled on each retry, up to {@link #MAX_RETRY_WAIT}
 * @param attempts        tries per message before its update is left owed, to be answered again later
 * @param pendingPerChat  messages of one chat waiting to be answered beyond which new ones are dropped
 * @param shutdownGrace   how long a stop waits for replies under way
 * @param retryOwed       how often updates left owed are answered again while the bot runs
 */
public record Tuning(Duration pollTimeout, int workers, Limits limits, BotTime time, Duration retryBase, int attempts,
                     int pendingPerChat, Duration shutdownGrace, Duration retryOwed) {
    /** The longest wait between two tries of one message. */
    public static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(30);

    /**
     * Long polls of 50 s, 256 chats at once, Telegram's limits, real time, 12 tries from 0.5 s (about 3
     * minutes of outage), 20 pending per chat, 5 s grace, owed updates retried every 2 minutes.
     */
    public static final Tuning PRODUCTION = new Tuning(Duration.ofSeconds(50), 256, Limits.TELEGRAM, BotTime.system(),
            Duration.ofMillis(500), 12, 20, Duration.ofSeconds(5), Duration.ofMinutes(2));

    public Tuning {
        Require.that(pollTimeout.toSeconds() >= 1, "poll timeout must be at least a second");
        Require.that(workers >= 1, "workers must be >= 1, was " + workers);
        Require.notNull(limits, "limits");
        Require.notNull(time, "time");
        Require.that(!retryBase.isNegative(), "retry base must not be negative");
        Require.that(attempts >= 1, "attempts must be >= 1, was " + attempts);
        Require.that(pendingPerChat >= 1, "pending per chat must be >= 1, was " + pendingPerChat);
        Require.that(retryOwed.isPositive(), "owed updates must be retried after a positive time");
    }

    /** The wait after {@code wait} before the next try: doubled, at most {@link #MAX_RETRY_WAIT}. */
    public static Duration nextRetryWait(Duration wait) {
        Duration doubled = wait.multipliedBy(2);
        return doubled.compareTo(MAX_RETRY_WAIT) > 0 ? MAX_RETRY_WAIT : doubled;
    }

    /** This tuning with long polls of {@code timeout}. */
    public Tuning withPollTimeout(Duration timeout) {
        return new Tuning(timeout, workers, limits, time, retryBase, attempts, pendingPerChat, shutdownGrace, retryOwed);
    }

    /** This tuning with {@code count} workers. */
    public Tuning withWorkers(int count) {
        return new Tuning(pollTimeout, count, limits, time, retryBase, attempts, pendingPerChat, shutdownGrace, retryOwed);
    }

    /** This tuning with {@code other} limits. */
    public Tuning withLimits(Limits other) {
        return new Tuning(pollTimeout, workers, other, time, retryBase, attempts, pendingPerChat, shutdownGrace, retryOwed);
    }

    /** This tuning with {@code count} tries per message. */
    public Tuning withAttempts(int count) {
        return new Tuning(pollTimeout, workers, limits, time, retryBase, count, pendingPerChat, shutdownGrace, retryOwed);
    }

    /** This tuning retrying owed updates every {@code every}. */
    public Tuning withRetryOwed(Duration every) {
        return new Tuning(pollTimeout, workers, limits, time, retryBase, attempts, pendingPerChat, shutdownGrace, every);
    }

    /** This tuning with at most {@code count} messages of one chat waiting. */
    public Tuning withPendingPerChat(int count) {
        return new Tuning(pollTimeout, workers, limits, time, retryBase, attempts, count, shutdownGrace, retryOwed);
    }

    /** This tuning giving replies under way {@code grace} when the bot stops. */
    public Tuning withShutdownGrace(Duration grace) {
        return new Tuning(pollTimeout, workers, limits, time, retryBase, attempts, pendingPerChat, grace, retryOwed);
    }

    /** This tuning pacing itself by {@code other}. */
    public Tuning withTime(BotTime other) {
        return new Tuning(pollTimeout, workers, limits, other, retryBase, attempts, pendingPerChat, shutdownGrace, retryOwed);
    }
}

package vn.baocao.channel;

import java.time.Duration;
import vn.baocao.report.Require;

/**
 * How a bot paces and bounds itself. {@link #PRODUCTION} is what {@code baocao telegram} uses ({@code
 * baocao zalo} with Zalo's shorter long poll); tests shorten the long poll, stop time, or lift the limits
 * to measure the bot itself.
 *
 * @param pollTimeout     how long one getUpdates call waits for updates
 * @param workers         threads answering messages (one chat is answered by one thread at a time)
 * @param limits          outgoing message limits
 * @param time            the clock and sleeps that limits, retry_after and backoff use
 * @param retryBase       the first wait after a network error or a 5xx; doubled on each retry
 * @param attempts        tries per message before it is given up
 * @param pendingPerChat  messages of one chat waiting to be answered beyond which new ones are dropped
 * @param shutdownGrace   how long a stop waits for replies under way
 */
public record Tuning(Duration pollTimeout, int workers, Limits limits, BotTime time, Duration retryBase, int attempts,
                     int pendingPerChat, Duration shutdownGrace) {
    /** Long polls of 50 s, 8 workers, Telegram's limits, real time, 5 tries from 0.5 s, 20 pending, 5 s grace. */
    public static final Tuning PRODUCTION = new Tuning(Duration.ofSeconds(50), 8, Limits.TELEGRAM, BotTime.system(),
            Duration.ofMillis(500), 5, 20, Duration.ofSeconds(5));

    public Tuning {
        Require.that(pollTimeout.toSeconds() >= 1, "poll timeout must be at least a second");
        Require.that(workers >= 1, "workers must be >= 1, was " + workers);
        Require.notNull(limits, "limits");
        Require.notNull(time, "time");
        Require.that(!retryBase.isNegative(), "retry base must not be negative");
        Require.that(attempts >= 1, "attempts must be >= 1, was " + attempts);
        Require.that(pendingPerChat >= 1, "pending per chat must be >= 1, was " + pendingPerChat);
    }

    /** This tuning with long polls of {@code timeout}. */
    public Tuning withPollTimeout(Duration timeout) {
        return new Tuning(timeout, workers, limits, time, retryBase, attempts, pendingPerChat, shutdownGrace);
    }

    /** This tuning with {@code count} workers. */
    public Tuning withWorkers(int count) {
        return new Tuning(pollTimeout, count, limits, time, retryBase, attempts, pendingPerChat, shutdownGrace);
    }

    /** This tuning with {@code other} limits. */
    public Tuning withLimits(Limits other) {
        return new Tuning(pollTimeout, workers, other, time, retryBase, attempts, pendingPerChat, shutdownGrace);
    }

    /** This tuning pacing itself by {@code other}. */
    public Tuning withTime(BotTime other) {
        return new Tuning(pollTimeout, workers, limits, other, retryBase, attempts, pendingPerChat, shutdownGrace);
    }
}

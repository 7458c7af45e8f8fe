package vn.baocao.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The time the bot paces itself by: rate limits, retry_after and backoff read it and wait on it. Tests
 * give one whose waits only move its clock, so limits are checked exactly and nothing sleeps.
 */
public interface BotTime {
    /** Now. */
    Instant now();

    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** The wall clock and real sleeps. */
    static BotTime system() {
        Clock clock = Clock.systemUTC();
        return new BotTime() {
            @Override
            public Instant now() {
                return clock.instant();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                if (duration.isPositive()) {
                    Thread.sleep(duration);
                }
            }
        };
    }
}

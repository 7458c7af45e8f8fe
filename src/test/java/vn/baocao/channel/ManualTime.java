package vn.baocao.channel;

import java.time.Duration;
import java.time.Instant;

/**
 * A virtual clock for the bot's pacing: a sleep moves the clock forward instead of waiting, so rate
 * limits, retry_after and backoff take no real time and their effect is exact in the clock's readings.
 */
public final class ManualTime implements BotTime {
    private Instant now = Instant.parse("2026-01-05T08:00:00Z");

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        if (duration.isPositive()) {
            now = now.plus(duration);
        }
    }
}

package vn.baocao.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aClientGetsItsBurstThenOneRequestPerIntervalAndSaysHowLongToWait() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(6, 2, now::get); // one every 10 s, two at once

        assertThat(limiter.waitSeconds("a")).isZero();
        assertThat(limiter.waitSeconds("a")).isZero();
        assertThat(limiter.waitSeconds("a")).isEqualTo(10);
        assertThat(limiter.waitSeconds("b")).as("another client has its own bucket").isZero();
        now.addAndGet(4 * SECOND);
        assertThat(limiter.waitSeconds("a")).isEqualTo(6);
        now.addAndGet(6 * SECOND);
        assertThat(limiter.waitSeconds("a")).isZero();
        assertThat(limiter.waitSeconds("a")).isEqualTo(10);
        now.addAndGet(3600 * SECOND);
        assertThat(limiter.waitSeconds("a")).isZero();
        assertThat(limiter.waitSeconds("a")).as("an idle hour refills the burst, no more").isZero();
        assertThat(limiter.waitSeconds("a")).isEqualTo(10);
    }
}

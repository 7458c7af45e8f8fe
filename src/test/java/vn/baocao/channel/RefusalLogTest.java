package vn.baocao.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefusalLogTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void logsTheFirstRefusalFromAnAddressThenOneAnIntervalWithTheCountSkipped() {
        RefusalLog log = new RefusalLog(Duration.ofSeconds(60));

        assertThat(log.unloggedBefore("10.0.0.1", 0)).isZero();
        assertThat(log.unloggedBefore("10.0.0.1", 1 * SECOND)).isEqualTo(-1);
        assertThat(log.unloggedBefore("10.0.0.1", 59 * SECOND)).isEqualTo(-1);
        assertThat(log.unloggedBefore("10.0.0.1", 60 * SECOND)).isEqualTo(2);
        assertThat(log.unloggedBefore("10.0.0.1", 121 * SECOND)).isZero();
    }

    @Test
    void eachAddressHasItsOwnInterval() {
        RefusalLog log = new RefusalLog(Duration.ofSeconds(60));

        assertThat(log.unloggedBefore("10.0.0.1", 0)).isZero();
        assertThat(log.unloggedBefore("10.0.0.2", SECOND)).isZero();
        assertThat(log.unloggedBefore("10.0.0.1", 2 * SECOND)).isEqualTo(-1);
    }

    @Test
    void forgetsTheLeastRecentAddressBeyondItsBound() {
        RefusalLog log = new RefusalLog(Duration.ofSeconds(60));
        log.unloggedBefore("first", 0);
        for (int i = 0; i < RefusalLog.ADDRESSES; i++) {
            log.unloggedBefore("other " + i, 1);
        }

        assertThat(log.unloggedBefore("first", 2)).as("forgotten, so logged as new").isZero();
        assertThat(log.unloggedBefore("other " + (RefusalLog.ADDRESSES - 1), 3)).isEqualTo(-1);
    }
}

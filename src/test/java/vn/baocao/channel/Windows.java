package vn.baocao.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Checks a series of send times against a sliding-window limit, for the pacing tests of every channel. */
public final class Windows {
    private Windows() {
    }

    /** True when {@code times} (ascending) never has more than {@code max} within any {@code window}. */
    public static boolean atMost(List<Instant> times, int max, Duration window) {
        for (int i = 0; i + max < times.size(); i++) {
            if (Duration.between(times.get(i), times.get(i + max)).compareTo(window) < 0) {
                return false;
            }
        }
        return true;
    }
}

package vn.baocao.channel;

import java.time.Duration;
import vn.baocao.report.Require;

/**
 * The outgoing message limits a bot keeps to: overall, per chat, and per group. Zalo publishes no limits
 * of its own, so its bot keeps to Telegram's.
 *
 * @param overall  all messages of the bot
 * @param perChat  messages to any one chat
 * @param perGroup messages to any one group (on top of {@code perChat})
 */
public record Limits(Limit overall, Limit perChat, Limit perGroup) {
    /** Telegram's published limits: about 30 messages a second, 1 a second per chat, 20 a minute per group. */
    public static final Limits TELEGRAM = new Limits(new Limit(30, Duration.ofSeconds(1)),
            new Limit(1, Duration.ofSeconds(1)), new Limit(20, Duration.ofMinutes(1)));
    /** No limits at all: for measuring the bot itself against a local server. */
    public static final Limits NONE = new Limits(Limit.NONE, Limit.NONE, Limit.NONE);

    public Limits {
        Require.notNull(overall, "overall limit");
        Require.notNull(perChat, "per-chat limit");
        Require.notNull(perGroup, "per-group limit");
    }

    /**
     * At most {@code max} messages in any {@code window}; {@code max} 0 means no limit.
     *
     * @param max    messages allowed per window, or 0 for no limit
     * @param window the window's length
     */
    public record Limit(int max, Duration window) {
        /** No limit. */
        public static final Limit NONE = new Limit(0, Duration.ZERO);

        public Limit {
            Require.that(max >= 0, "limit must be >= 0, was " + max);
            Require.that(max == 0 || window.isPositive(), "a limit needs a positive window");
        }

        boolean unlimited() {
            return max == 0;
        }
    }
}

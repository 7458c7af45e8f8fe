package vn.baocao.channel.zalo;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.baocao.channel.Chats;
import vn.baocao.channel.ManualTime;
import vn.baocao.channel.Tuning;
import vn.baocao.chat.ChatService;
import vn.baocao.config.SettingValues;
import vn.baocao.config.ZaloSettings;
import vn.baocao.index.ReportIndex;

/**
 * A Zalo bot under test: the fake Bot API server, and a {@link ZaloBot} started against it, long polling
 * for a second at a time, with virtual pacing time (waits move the clock, nothing sleeps).
 */
final class ZaloHarness implements AutoCloseable {
    final ManualTime time = new ManualTime();
    final FakeZaloApi api = FakeZaloApi.start(time::now);
    private final ZaloBot bot;

    private ZaloHarness(ReportIndex index, ChatService chat, Map<String, String> settings, UnaryOperator<Tuning> tune) {
        Map<String, String> values = new HashMap<>(settings);
        values.put("ZALO_BOT_TOKEN", FakeZaloApi.TOKEN);
        values.put("ZALO_API_URL", api.baseUrl().toString());
        Tuning tuning = tune.apply(ZaloBot.PRODUCTION.withPollTimeout(Duration.ofSeconds(1)).withWorkers(4).withTime(time));
        try {
            bot = ZaloBot.start(ZaloSettings.from(SettingValues.of(values)), chat, Chats.library(index), tuning, null, vn.baocao.channel.Journals.fresh());
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
    }

    /** A bot giving the console's answers over {@code index}, with {@code settings} and tuning changed by {@code tune}. */
    static ZaloHarness start(ReportIndex index, Map<String, String> settings, UnaryOperator<Tuning> tune) {
        return new ZaloHarness(index, Chats.extractive(index), settings, tune);
    }

    /** A bot giving the console's answers over {@code index}, open to everyone. */
    static ZaloHarness start(ReportIndex index) {
        return start(index, Map.of(), t -> t);
    }

    /** A bot answering through {@code chat}. */
    static ZaloHarness with(ReportIndex index, ChatService chat) {
        return new ZaloHarness(index, chat, Map.of(), t -> t);
    }

    ZaloBot bot() {
        return bot;
    }

    /** Stops the bot, letting the updates it was handed finish. */
    void stopBot() {
        bot.close();
    }

    @Override
    public void close() {
        bot.close();
        api.close();
    }
}

package vn.baocao.channel.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.baocao.channel.Chats;
import vn.baocao.channel.Limits;
import vn.baocao.channel.Throughput;
import vn.baocao.channel.Tuning;
import vn.baocao.config.SettingValues;
import vn.baocao.config.TelegramSettings;
import vn.baocao.index.ReportIndex;
import vn.baocao.testing.SampleIndex;

/**
 * Measures the Telegram bot against the local Bot API server, rate limiter off, real answers over the
 * sample reports (see {@link Throughput}). A measurement, not a test: it prints figures and asserts
 * nothing. Run it from the project root:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.baocao.channel.telegram.TelegramThroughput
 * </pre>
 */
public final class TelegramThroughput {
    private TelegramThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("baocao-throughput");
        try (ReportIndex index = SampleIndex.open(dir); FakeBotApi api = FakeBotApi.start()) {
            TelegramSettings settings = TelegramSettings.from(SettingValues.of(Map.of("TELEGRAM_BOT_TOKEN",
                    FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.baseUrl().toString())), dir);
            Tuning tuning = Tuning.PRODUCTION.withLimits(Limits.NONE).withPollTimeout(Duration.ofSeconds(1));
            try (TelegramBot bot = TelegramBot.start(settings, Chats.extractive(index), Chats.library(index),
                    NoUploads.INSTANCE, tuning, null, vn.baocao.channel.Journals.fresh())) {
                Throughput.measure(new Throughput.Server() {
                    @Override
                    public void push(long chat, String text) {
                        api.push(api.text(chat, chat, text));
                    }

                    @Override
                    public List<Throughput.Arrival> await(Predicate<Long> which, int count) {
                        return api.awaitCalls("sendMessage", c -> which.test(c.chatId()), count).stream()
                                .map(c -> new Throughput.Arrival(c.chatId(), c.at())).toList();
                    }
                });
            }
        }
    }
}

package vn.baocao.channel.zalo;

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
import vn.baocao.config.ZaloSettings;
import vn.baocao.index.ReportIndex;
import vn.baocao.testing.SampleIndex;

/**
 * Measures the Zalo bot against the local Zalo Bot API server, rate limiter off, real answers over the
 * sample reports (see {@link Throughput}). Zalo hands out one update per getUpdates, so a burst is read one
 * poll at a time. A measurement, not a test: it prints figures and asserts nothing. Run it from the
 * project root:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.baocao.channel.zalo.ZaloThroughput
 * </pre>
 */
public final class ZaloThroughput {
    private ZaloThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("baocao-throughput");
        try (ReportIndex index = SampleIndex.open(dir); FakeZaloApi api = FakeZaloApi.start()) {
            ZaloSettings settings = ZaloSettings.from(SettingValues.of(Map.of("ZALO_BOT_TOKEN", FakeZaloApi.TOKEN,
                    "ZALO_API_URL", api.baseUrl().toString())));
            Tuning tuning = ZaloBot.PRODUCTION.withLimits(Limits.NONE).withPollTimeout(Duration.ofSeconds(1));
            try (ZaloBot bot = ZaloBot.start(settings, Chats.extractive(index), Chats.library(index), tuning, null, vn.baocao.channel.Journals.fresh())) {
                Throughput.measure(new Throughput.Server() {
                    @Override
                    public void push(long chat, String text) {
                        api.push(api.text(Long.toString(chat), Long.toString(chat), text));
                    }

                    @Override
                    public List<Throughput.Arrival> await(Predicate<Long> which, int count) {
                        return api.awaitCalls("sendMessage", c -> which.test(Long.parseLong(c.chatId())), count).stream()
                                .map(c -> new Throughput.Arrival(Long.parseLong(c.chatId()), c.at())).toList();
                    }
                });
            }
        }
    }
}

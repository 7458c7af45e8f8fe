package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.channel.ManualTime;
import vn.baocao.channel.Tuning;
import vn.baocao.channel.zalo.FakeZaloApi;
import vn.baocao.channel.zalo.ZaloBot;
import vn.baocao.config.SettingValues;
import vn.baocao.config.ZaloSettings;
import vn.baocao.index.ReportIndex;

class ZaloCommandTest {
    private static final String USER = "e4ea2cd5189df1c3a88c";

    @TempDir
    Path dir;

    @Test
    void withoutATokenFailsAtOnceNamingTheKey() {
        // Never reach the real Zalo from a developer's shell that has a token set.
        assumeTrue(System.getenv("ZALO_BOT_TOKEN") == null && !Files.exists(Path.of("baocao.properties")));
        Path index = dir.resolve("index");

        Cli run = Cli.run("zalo", "--index", index.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("baocao: ZALO_BOT_TOKEN is not set: create a bot with Zalo Bot Creator");
        assertThat(run.out()).isEmpty();
        assertThat(index).as("nothing opened before the settings are checked").doesNotExist();
    }

    @Test
    void aBadListenAddressIsAUsageErrorFoundBeforeAnythingElse() {
        Cli run = Cli.run("zalo", "--webhook", "https://x.vn/h", "--listen", "nowhere");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("--listen must be HOST:PORT, e.g. 127.0.0.1:8081, was nowhere");
    }

    @Test
    void ingestsTheSamplesIntoAnEmptyIndexAndAnswersUntilStopped() throws Exception {
        Path index = dir.resolve("index");
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try (FakeZaloApi api = FakeZaloApi.start()) {
            ZaloSettings settings = ZaloSettings.from(SettingValues.of(Map.of("ZALO_BOT_TOKEN", FakeZaloApi.TOKEN,
                    "ZALO_API_URL", api.baseUrl().toString())));
            CountDownLatch stop = new CountDownLatch(1);
            Tuning tuning = ZaloBot.PRODUCTION.withPollTimeout(Duration.ofSeconds(1)).withTime(new ManualTime());
            Future<Integer> bot = runner.submit(() -> ZaloCommand.run(settings, index, null, tuning, stop));

            api.push(api.text(USER, USER, "Ai chủ trì hội nghị tổng kết năm 2022?"));
            assertThat(api.awaitMessages(USER, 1).get(0).text()).startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn")
                    .contains("\n\nNguồn:\n[1] ");

            stop.countDown();
            assertThat(bot.get(30, TimeUnit.SECONDS)).isZero();
        } finally {
            runner.shutdownNow();
        }
        try (ReportIndex reopened = ReportIndex.open(index)) {
            assertThat(reopened.stats().reports()).as("the samples were ingested").isEqualTo(5);
        }
    }
}

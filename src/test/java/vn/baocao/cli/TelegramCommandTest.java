package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import vn.baocao.channel.telegram.FakeBotApi;
import vn.baocao.config.SettingValues;
import vn.baocao.config.TelegramSettings;
import vn.baocao.index.ReportIndex;
import vn.baocao.testing.SampleIndex;

class TelegramCommandTest {
    private static final long ADMIN = 42;

    @TempDir
    Path dir;

    @Test
    void withoutATokenFailsAtOnceNamingTheKey() {
        // Never reach the real Telegram from a developer's shell that has a token set.
        assumeTrue(System.getenv("TELEGRAM_BOT_TOKEN") == null && !Files.exists(Path.of("baocao.properties")));
        Path index = dir.resolve("index");

        Cli run = Cli.run("telegram", "--index", index.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("baocao: TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather");
        assertThat(run.out()).isEmpty();
        assertThat(index).as("nothing opened before the settings are checked").doesNotExist();
    }

    @Test
    void aBadListenAddressIsAUsageErrorFoundBeforeAnythingElse() {
        Cli run = Cli.run("telegram", "--webhook", "https://x.vn/h", "--listen", "nowhere");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("--listen must be HOST:PORT, e.g. 127.0.0.1:8081, was nowhere");
    }

    @Test
    void runsTheBotUntilStoppedAndIngestsAnAdminsUpload() throws Exception {
        Path index = Path.of(SampleIndex.createIn(dir.resolve("index")));
        byte[] report = edited(sample("samples/000_47e75d3c86d27e21.txt"));
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try (FakeBotApi api = FakeBotApi.start()) {
            TelegramSettings settings = TelegramSettings.from(SettingValues.of(Map.of("TELEGRAM_BOT_TOKEN",
                    FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.baseUrl().toString(), "BAOCAO_ADMINS", "42",
                    "BAOCAO_UPLOADS", dir.resolve("uploads").toString())), dir);
            CountDownLatch stop = new CountDownLatch(1);
            Tuning tuning = Tuning.PRODUCTION.withPollTimeout(Duration.ofSeconds(1)).withTime(new ManualTime());
            Future<Integer> bot = runner.submit(() -> TelegramCommand.run(settings, index, null, tuning, stop));

            api.push(api.document(ADMIN, ADMIN, "so-ket-2023.txt", report));
            List<FakeBotApi.Call> replies = api.awaitMessages(ADMIN, 2);
            assertThat(replies.get(1).text()).startsWith("Đã nạp báo cáo <b>Bộ Ngoại giao tổ chức Hội nghị sơ kết "
                    + "công tác 6 tháng đầu năm 2023</b>\nNgày: ").contains("\nSố đoạn: ");
            api.push(api.document(ADMIN, ADMIN, "so-ket-2023.txt", report));
            assertThat(api.awaitMessages(ADMIN, 4).get(3).text()).startsWith("Báo cáo này đã có trong chỉ mục");
            api.push(api.document(ADMIN, ADMIN, "hong.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)));
            assertThat(api.awaitMessages(ADMIN, 6).get(5).text()).startsWith("Không nạp được <b>hong.pdf</b>: ");

            stop.countDown();
            assertThat(bot.get(30, TimeUnit.SECONDS)).isZero();
        } finally {
            runner.shutdownNow();
        }
        try (Stream files = new Stream(dir.resolve("uploads"))) {
            assertThat(files.names()).singleElement().asString().endsWith("-so-ket-2023.txt");
        }
        try (ReportIndex reopened = ReportIndex.open(index)) {
            assertThat(reopened.stats().reports()).isEqualTo(6);
        }
    }

    @Test
    void keepsUploadNamesSafe() {
        assertThat(UploadedReports.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadedReports.safe("Báo cáo tổng kết (bản 2).docx")).isEqualTo("Báo_cáo_tổng_kết__bản_2_.docx");
        assertThat(UploadedReports.safe(".hidden.txt")).isEqualTo("_hidden.txt");
    }

    private static byte[] sample(String resource) throws IOException {
        try (InputStream in = TelegramCommandTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    /** The sample with a word changed: another text, so a new report. */
    private static byte[] edited(byte[] sample) {
        return new String(sample, StandardCharsets.UTF_8).replaceFirst("Tham dự", "Cùng tham dự")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The file names in a folder. */
    private record Stream(Path folder) implements AutoCloseable {
        List<String> names() throws IOException {
            try (var files = Files.list(folder)) {
                return files.map(p -> p.getFileName().toString()).toList();
            }
        }

        @Override
        public void close() {
        }
    }
}

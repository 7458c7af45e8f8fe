package vn.baocao.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.baocao.channel.ChannelTexts;
import vn.baocao.channel.DocumentIntake;
import vn.baocao.channel.Intake;
import vn.baocao.testing.SharedIndex;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.ReportInfo;

/** Admins send report documents; the bot downloads them from the configured server and says what it ingested. */
class TelegramUploadTest {
    private static final long ADMIN = 42;
    private static final long USER = 501;
    private static final byte[] REPORT = "Hội nghị Ngoại giao lần thứ 33\n\nNội dung.".getBytes(StandardCharsets.UTF_8);

    private static final ReportIndex index = SharedIndex.get();

    /** Accepts .txt, records what it is given, and says it added a report. */
    private final List<String> received = new ArrayList<>();
    private final DocumentIntake intake = new DocumentIntake() {
        @Override
        public boolean accepts(String fileName) {
            return fileName.endsWith(".txt");
        }

        @Override
        public Intake ingest(String fileName, byte[] content) {
            received.add(fileName + ":" + new String(content, StandardCharsets.UTF_8));
            return new Intake.Added(new ReportInfo("r1", "uploads/x-" + fileName, "", "Hội nghị <Ngoại giao> 33",
                    LocalDate.of(2024, 12, 19), "", null), 12);
        }
    };

    @Test
    void anAdminsDocumentIsDownloadedFromTheConfiguredServerIngestedAndConfirmed() {
        try (BotHarness h = harness()) {
            h.api.push(h.api.document(ADMIN, ADMIN, "hoi-nghi-33.txt", REPORT));
            List<FakeBotApi.Call> replies = h.api.awaitMessages(ADMIN, 2);

            assertThat(replies.get(0).text()).isEqualTo("Đang nạp <b>hoi-nghi-33.txt</b>…");
            assertThat(replies.get(1).text()).isEqualTo("Đã nạp báo cáo <b>Hội nghị &lt;Ngoại giao&gt; 33</b>\n"
                    + "Ngày: 19/12/2024\nSố đoạn: 12");
            assertThat(received).containsExactly("hoi-nghi-33.txt:" + new String(REPORT, StandardCharsets.UTF_8));
            assertThat(h.api.calls("file")).singleElement()
                    .satisfies(c -> assertThat(c.params().path("path").asText()).isEqualTo("documents/file-1.bin"));
        }
    }

    @Test
    void aDocumentFromSomeoneElseIsNotIngested() {
        try (BotHarness h = harness()) {
            h.api.push(h.api.document(USER, USER, "hoi-nghi-33.txt", REPORT));
            assertThat(TelegramHtml.plainText(h.api.awaitMessages(USER, 1).get(0).text())).isEqualTo(ChannelTexts.ONLY_TEXT);
            h.stopBot();
            assertThat(received).isEmpty();
            assertThat(h.api.calls("getFile")).isEmpty();
        }
    }

    @Test
    void aWrongTypeOrATooLargeFileIsRefusedBeforeDownloading() {
        try (BotHarness h = harness()) {
            h.api.push(h.api.document(ADMIN, ADMIN, "anh.jpg", REPORT));
            h.api.push(h.api.document(ADMIN, ADMIN, "lon.txt", new byte[1024 * 1024 + 1]));
            List<FakeBotApi.Call> replies = h.api.awaitMessages(ADMIN, 2);

            assertThat(replies.get(0).text()).isEqualTo("Không nạp được <b>anh.jpg</b>: chỉ nhận tệp .txt, .md, .html, "
                    + ".pdf, .docx, .eml.");
            assertThat(replies.get(1).text()).isEqualTo("Không nạp được <b>lon.txt</b>: tệp 1.0 MB, quá giới hạn 1.0 MB.");
            assertThat(h.api.calls("getFile")).isEmpty();
            assertThat(received).isEmpty();
        }
    }

    private BotHarness harness() {
        return BotHarness.start(index, intake, Map.of("BAOCAO_ADMINS", String.valueOf(ADMIN), "BAOCAO_MAX_UPLOAD_MB", "1"),
                t -> t);
    }
}

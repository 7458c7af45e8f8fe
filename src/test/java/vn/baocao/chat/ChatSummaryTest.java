package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.answer.extractive.ExtractiveAnswerer;
import vn.baocao.index.ReportIndex;
import vn.baocao.search.Retriever;
import vn.baocao.summary.ExtractiveSummarizer;
import vn.baocao.summary.Summaries;
import vn.baocao.summary.SummaryAnswerer;
import vn.baocao.testing.SampleIndex;

/** "/tomtat" and "xem thêm" in a chat over the sample reports, answered as the application answers. */
class ChatSummaryTest {
    @TempDir
    static Path dir;
    private static ReportIndex index;
    private static ChatService chat;

    @BeforeAll
    static void openTheSamples() {
        index = SampleIndex.open(dir);
        Retriever retriever = new Retriever(index);
        SummaryAnswerer answerer = new SummaryAnswerer(new ExtractiveAnswerer(retriever),
                new Summaries(retriever, new ExtractiveSummarizer(retriever)));
        chat = new ChatService(answerer, retriever::parse, index::meetings, new Sessions(10, Duration.ofHours(1), Clock.systemUTC()),
                Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void summarisesWhatTomtatNamesAndGoesOnWhenAskedForMore() {
        String first = text(chat.handle("c1", "/tomtat tong ket 2024"));
        String second = text(chat.handle("c1", "xem thêm"));
        String notAFollowUp = text(chat.handle("c2", "xem thêm"));

        assertThat(first).startsWith("Tóm tắt Hội nghị tổng kết công tác ngành ngoại giao năm 2024 (6/1/2025)\n");
        assertThat(first).contains(Summaries.MORE);
        assertThat(second).startsWith("Tóm tắt Hội nghị tổng kết công tác ngành ngoại giao năm 2024 (6/1/2025) "
                + "(tiếp, phần 2)\n");
        assertThat(notAFollowUp).doesNotStartWith("Tóm tắt");
    }

    @Test
    void comparesWhenTomtatSaysSoSanhAndExplainsItselfWithoutAnArgument() {
        assertThat(text(chat.handle("c3", "/tomtat so sánh tổng kết 2022 và 2024"))).startsWith(
                "So sánh Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023) và Hội nghị tổng kết công tác "
                        + "ngành ngoại giao năm 2024 (6/1/2025)");
        assertThat(text(chat.handle("c3", "/tomtat"))).isEqualTo(ChatTexts.SUMMARY_USAGE);
    }

    private static String text(Reply reply) {
        return PlainText.format(reply);
    }
}

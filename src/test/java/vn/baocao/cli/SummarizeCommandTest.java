package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.summary.Summaries;
import vn.baocao.testing.SampleIndex;

/** {@code baocao summarize} and summary questions to {@code baocao ask}, over the sample reports. */
class SummarizeCommandTest {
    private static final String TITLE_2022 = "Tóm tắt Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023)";
    @TempDir
    static Path dir;
    private static String index;

    @BeforeAll
    static void indexTheSamples() {
        index = SampleIndex.createIn(dir.resolve("index"));
    }

    @Test
    void summarisesAConferenceNamedWithoutDiacriticsWithItsSources() {
        Cli run = Cli.run("summarize", "--index", index, "tong", "ket", "2022");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith(TITLE_2022 + "\n\nThời gian, địa điểm, chủ trì\n• Thời gian: 10/1/2023 [1]\n"
                + "• Chủ trì: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn [1]\n");
        assertThat(run.out()).contains("\n\nNguồn:\n[1]–[8] Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công tác ngành "
                + "Ngoại giao năm 2022 – 10/1/2023 – samples/001_8430b1541a21d71d.txt\n");
    }

    @Test
    void printsOneJsonObjectShapedLikeAnAnswer() throws Exception {
        Cli run = Cli.run("summarize", "--index", index, "--json", "Bùi Thanh Sơn");

        assertThat(run.out().lines()).hasSize(1);
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertThat(summary.get("answer").asText()).startsWith("Tóm tắt phát biểu của Bộ trưởng Ngoại giao Bùi Thanh Sơn");
        assertThat(summary.get("abstained").asBoolean()).isFalse();
        assertThat(summary.get("citations").findValuesAsText("date")).startsWith("2023-01-10").endsWith("2023-07-05");
        assertThat(summary.get("composer").asText()).isEqualTo("extractive");
    }

    @Test
    void saysHowToAskWhenTheTargetNamesNothingTheReportsHave() {
        Cli run = Cli.run("summarize", "--index", index, "giá", "vàng");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().strip()).isEqualTo(Summaries.USAGE);
    }

    @Test
    void askAnswersASummaryQuestionWithTheSummaryAndOtherQuestionsAsBefore() {
        Cli summary = Cli.run("ask", "--index", index, "tom tat hoi nghi tong ket nam 2022");
        Cli question = Cli.run("ask", "--index", index, "Ai chủ trì hội nghị tổng kết năm 2022?");

        assertThat(summary.out()).startsWith(TITLE_2022);
        assertThat(question.out()).startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì");
    }
}

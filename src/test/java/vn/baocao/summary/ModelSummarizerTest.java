package vn.baocao.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Citation;
import vn.baocao.answer.llm.SourcedWriter;
import vn.baocao.config.LlmSettings;
import vn.baocao.index.ReportIndex;
import vn.baocao.report.Passage;
import vn.baocao.search.Retriever;
import vn.baocao.testing.FakeModelServer;
import vn.baocao.testing.SampleIndex;

/** Map-reduce summaries by a model (a local fake server), checked like answers, falling back to the extractive ones. */
class ModelSummarizerTest {
    private static final String REPORT_2022 = "Tóm tắt hội nghị tổng kết năm 2022";
    private static final String COMPARE = "So sánh hội nghị sơ kết 2019 và 2023";
    @TempDir
    static Path dir;
    private static ReportIndex index;
    private static Retriever retriever;
    private static Summaries extractive;
    private FakeModelServer server;
    private Summaries model;

    @BeforeAll
    static void openTheSamples() {
        index = SampleIndex.open(dir);
        retriever = new Retriever(index);
        extractive = new Summaries(retriever, new ExtractiveSummarizer(retriever));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @BeforeEach
    void startTheServer() {
        server = new FakeModelServer();
        LlmSettings settings = new LlmSettings(LlmSettings.Provider.OPENAI, server.openAiUrl(), "test-model", null,
                Duration.ofSeconds(5));
        model = new Summaries(retriever, new ModelSummarizer(SourcedWriter.create(settings),
                new ExtractiveSummarizer(retriever)));
    }

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    @Test
    void aConferenceIsSummarisedInOneCallFromTheExtractiveSelectionWithCheckedCitations() {
        server.then(FakeModelServer.reply("• Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị [1].\n"
                + "• Ngoại giao kinh tế được đẩy mạnh, đóng góp thiết thực vào ổn định kinh tế vĩ mô [3][99]."));

        Answer answer = model.answer(REPORT_2022).orElseThrow();
        Answer draft = extractive.answer(REPORT_2022).orElseThrow();

        assertThat(server.requests()).hasSize(1);
        assertThat(server.requests().get(0).message(1)).startsWith("Các nguồn:\n\n[1] ")
                .contains("Yêu cầu: Tóm tắt Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023) theo các mục");
        assertThat(answer.composer()).isEqualTo("llm");
        assertThat(answer.text()).isEqualTo(draft.text().lines().findFirst().orElseThrow() + "\n\n"
                + "• Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì hội nghị [1].\n"
                + "• Ngoại giao kinh tế được đẩy mạnh, đóng góp thiết thực vào ổn định kinh tế vĩ mô [2].\n\n"
                + Summaries.MORE);
        assertThat(passages(draft)).containsAll(passages(answer));
    }

    @Test
    void aComparisonMapsEachSideThenReducesWithOneNumberingCitingBothSides() {
        Answer draft = extractive.answer(COMPARE).orElseThrow();
        server.then(FakeModelServer.reply("• Phó Thủ tướng Phạm Bình Minh phát biểu chỉ đạo hội nghị [1]."),
                FakeModelServer.reply("• Bộ trưởng Bùi Thanh Sơn phát biểu kết luận hội nghị [1]."),
                FakeModelServer.reply("• Hội nghị năm trước do Phó Thủ tướng Phạm Bình Minh chỉ đạo [1], hội nghị năm sau "
                        + "do Bộ trưởng Bùi Thanh Sơn kết luận [2]."));

        Answer answer = model.answer(COMPARE).orElseThrow();

        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests().get(2).message(1)).contains("Các bản tóm tắt từng phần",
                "• Phó Thủ tướng Phạm Bình Minh phát biểu chỉ đạo hội nghị [1].\n\n• Bộ trưởng Bùi Thanh Sơn phát biểu "
                        + "kết luận hội nghị [2].");
        assertThat(answer.composer()).isEqualTo("llm");
        List<String> sides = draft.citations().stream().map(c -> c.passage().report().id()).distinct().toList();
        assertThat(sides).hasSize(2);
        assertThat(answer.citations()).extracting(c -> c.passage().report().id()).containsExactlyElementsOf(sides);
    }

    @Test
    void anyFailureGivesTheExtractiveSummary() {
        server.then(FakeModelServer.reply("• Phó Thủ tướng Phạm Bình Minh phát biểu chỉ đạo hội nghị [1]."),
                FakeModelServer.status(500));
        Answer failedReduce = model.answer(COMPARE).orElseThrow();
        server.then(FakeModelServer.reply("The conference was chaired by the minister [1]."));
        Answer english = model.answer(REPORT_2022).orElseThrow();

        assertThat(failedReduce).isEqualTo(extractive.answer(COMPARE).orElseThrow());
        assertThat(english).isEqualTo(extractive.answer(REPORT_2022).orElseThrow());
        assertThat(english.composer()).isEqualTo("extractive");
    }

    private static List<Passage> passages(Answer answer) {
        return answer.citations().stream().map(Citation::passage).toList();
    }
}

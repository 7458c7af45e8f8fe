package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Messages;
import vn.baocao.testing.SampleIndex;

class AskCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static String index;

    @BeforeAll
    static void indexTheSamples() {
        index = SampleIndex.createIn(dir.resolve("index"));
    }

    @Test
    void printsOneJsonObjectWithTheContractsFields() throws Exception {
        Cli run = Cli.run("ask", "--index", index, "--json", "Ai chủ trì hội nghị tổng kết năm 2022?");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        JsonNode answer = JSON.readTree(run.out());
        assertThat(answer.fieldNames()).toIterable()
                .containsExactly("question", "answer", "abstained", "kind", "refusal", "citations", "composer");
        assertThat(answer.get("composer").asText()).isEqualTo("extractive");
        assertThat(answer.get("question").asText()).isEqualTo("Ai chủ trì hội nghị tổng kết năm 2022?");
        assertThat(answer.get("answer").asText()).startsWith("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị tổng kết công tác ngành "
                + "Ngoại giao năm 2022 (10/1/2023) [1].");
        assertThat(answer.get("abstained").asBoolean()).isFalse();
        assertThat(answer.get("refusal").isNull()).isTrue();
        JsonNode citation = answer.get("citations").get(0);
        assertThat(citation.fieldNames()).toIterable()
                .containsExactly("n", "source", "title", "date", "conference", "quote");
        assertThat(citation.get("n").asInt()).isEqualTo(1);
        assertThat(citation.get("source").asText()).isEqualTo("samples/001_8430b1541a21d71d.txt");
        assertThat(citation.get("title").asText())
                .isEqualTo("Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022");
        assertThat(citation.get("date").asText()).isEqualTo("2023-01-10");
        assertThat(citation.get("conference").asText()).isEqualTo("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022");
        assertThat(citation.get("quote").asText())
                .isEqualTo("Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị.");
    }

    @Test
    void citesAReportByItsUrlWhenItHasOne() throws Exception {
        Cli run = Cli.run("ask", "--index", index, "--json", "Hội nghị tổng kết năm 2024 diễn ra ngày nào?");
        assertThat(JSON.readTree(run.out()).get("citations").get(0).get("source").asText())
                .isEqualTo("http://www.baoquangtri.vn/tao-buoc-tien-dot-pha-xay-dung-nen-ngoai-giao-viet-nam-toan-dien"
                        + "-hien-dai-190924.htm");
    }

    @Test
    void answersOneJsonLinePerStdinLineWhateverTheLine() throws Exception {
        String questions = String.join("\n", "Ai chủ trì hội nghị tổng kết năm 2022?", "", "😀",
                "AND ( \" *:* title:x~", "x".repeat(20_000), "Giá vàng hôm nay?", "viet nam trung cu hdba voi bao nhieu phieu")
                + "\n";
        Cli run = Cli.withInput(questions, "ask", "--index", index, "--json");
        assertThat(run.code()).isZero();
        List<JsonNode> answers = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            answers.add(JSON.readTree(line));
        }
        assertThat(answers).hasSize(7);
        assertThat(answers.get(1).get("answer").asText()).isEqualTo(Messages.EMPTY);
        assertThat(answers.stream().map(a -> a.get("refusal").asText()).toList().subList(1, 3))
                .containsExactly("bad_input", "bad_input");
        assertThat(answers.get(4).get("refusal").asText()).isEqualTo("bad_input");
        assertThat(answers.get(4).get("kind").asText()).isEqualTo("refusal");
        assertThat(answers.get(2).get("answer").asText()).isEqualTo(Messages.NO_WORDS);
        assertThat(answers.get(4).get("answer").asText()).isEqualTo(Messages.tooLong(20_000, 1000));
        assertThat(answers.get(5).get("abstained").asBoolean()).isTrue();
        assertThat(answers.get(6).get("answer").asText()).startsWith("192/193 phiếu [1].");
        answers.forEach(AskCommandTest::assertMarkersMatchCitations);
        assertThat(run.err()).doesNotContain("Exception");
    }

    private static void assertMarkersMatchCitations(JsonNode answer) {
        Set<Integer> numbers = new TreeSet<>();
        answer.get("citations").forEach(c -> numbers.add(c.get("n").asInt()));
        assertThat(Answer.markers(answer.get("answer").asText())).isEqualTo(numbers);
    }

    @Test
    void printsOneLinePerQuestionInPlainBatchMode() {
        Cli run = Cli.withInput("Ai chủ trì hội nghị tổng kết năm 2022?\nGiá vàng hôm nay?\n", "ask", "--index", index);
        assertThat(run.out().lines()).containsExactly(
                "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 "
                        + "(10/1/2023) [1]. – “Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ "
                        + "trưởng Bộ Ngoại giao chủ trì Hội nghị.” [1] Nguồn: [1] Đồng chí Phạm Minh Chính dự Hội nghị "
                        + "tổng kết công tác ngành Ngoại giao năm 2022 – 10/1/2023 – samples/001_8430b1541a21d71d.txt",
                "Các báo cáo hiện có không có đoạn nào nói về điều này (Giá vàng), nên tôi không trả lời để tránh suy đoán.");
    }

    @Test
    void explainsAMissingIndexWithoutAStackTrace() {
        Cli run = Cli.run("ask", "--index", dir.resolve("nowhere").toString(), "Ai?");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("baocao: index " + dir.resolve("nowhere").toAbsolutePath() + " does not exist")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void explainsADirectoryThatIsNotAnIndex() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("notes.txt"), "ghi chú");
        Cli run = Cli.run("ask", "--index", notes.toString(), "Ai?");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("is not a baocao index").doesNotContain("\tat ");
    }

    @Test
    void explainsACorruptIndex() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("segments_1"), "not a segments file");
        Cli run = Cli.run("ask", "--index", broken.toString(), "Ai?");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("baocao: index ").doesNotContain("\tat ");
    }

    @Test
    void rejectsBadUsageWithExitCodeTwo() {
        assertThat(Cli.run("ask", "--index").code()).isEqualTo(2);
        assertThat(Cli.run("ask", "--bogus").code()).isEqualTo(2);
        assertThat(Cli.run("nosuchcommand").code()).isEqualTo(2);
        assertThat(Cli.run("ingest").err()).contains("Missing required parameter");
    }

    @Test
    void escapesCharactersThatSomeReadersTakeForLineEnds() {
        Cli run = Cli.run("ask", "--index", index, "--json", "Ai\u2028chủ trì\u0085?");
        assertThat(run.out()).contains("Ai\\u2028chủ trì\\u0085?").doesNotContain("\u2028", "\u0085");
    }
}

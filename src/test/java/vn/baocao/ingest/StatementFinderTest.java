package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.report.Report;

class StatementFinderTest {
    private static final String REPORT = """
            Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2020

            Ngày 10/7/2020, Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2020. Thứ trưởng Nguyễn Văn Bình chủ trì Hội nghị.

            Phát biểu khai mạc, Thứ trưởng Nguyễn Văn Bình đánh giá cao kết quả công tác đối ngoại trong 6 tháng đầu năm của toàn ngành. Ông nhấn mạnh ngành ngoại giao cần tiếp tục đổi mới mạnh mẽ tư duy và hành động trong thời gian tới.

            Theo Thứ trưởng, công tác bảo hộ công dân cần được đặc biệt quan tâm trong bối cảnh dịch bệnh diễn biến phức tạp.

            Các đại biểu nhất trí đánh giá công tác bảo hộ công dân đã được triển khai kịp thời và hiệu quả.
            """;

    private static List<String> statements(String text) {
        Report report = new ReportParser().parse("r.txt", text.getBytes(StandardCharsets.UTF_8), "r.txt");
        return report.statements().stream().map(s -> s.speaker().name() + "|" + s.verb() + "|"
                + s.sentence().substring(0, 20)).toList();
    }

    @Test
    void readsAPronounAsTheSpeakerBeingQuotedAndTheoAsTheirView() {
        assertThat(statements(REPORT)).containsExactly(
                "Nguyễn Văn Bình|đánh giá|Phát biểu khai mạc, ",
                "Nguyễn Văn Bình|nhấn mạnh|Ông nhấn mạnh ngành ",
                "Nguyễn Văn Bình|theo|Theo Thứ trưởng, côn");
    }

    @Test
    void eachPaperNamedWithItsPresenterIsTheirStatement() {
        String text = """
                Hội nghị Ngoại vụ toàn quốc lần thứ 21

                Hội nghị đã nghe 9 tham luận, trong đó có tham luận của Phó Chủ tịch UBND tỉnh Cao Bằng Nguyễn Bích Ngọc về biên giới hòa bình; tham luận của Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam về ngoại giao kinh tế.

                Kết luận hội nghị, Bộ trưởng Bùi Thanh Sơn cảm ơn các địa phương đã đóng góp nhiều ý kiến tâm huyết.
                """;
        assertThat(statements(text)).containsExactly(
                "Nguyễn Bích Ngọc|tham luận|Hội nghị đã nghe 9 t",
                "Hoàng Nam|tham luận|Hội nghị đã nghe 9 t",
                "Bùi Thanh Sơn|cảm ơn|Kết luận hội nghị, B");
    }

    @Test
    void namesReadInsideOneAnotherGiveThePaperToTheOneNamedAfterIt() {
        vn.baocao.report.Person whole = new vn.baocao.report.Person("Lê Văn Hoàng Nam", "Giám đốc");
        vn.baocao.report.Person inner = new vn.baocao.report.Person("Hoàng Nam", "Phó Chủ tịch");
        String sentence = "Hội nghị nghe tham luận của Giám đốc Lê Văn Hoàng Nam về xúc tiến đầu tư vào tỉnh.";
        int at = sentence.indexOf("Lê Văn");
        vn.baocao.report.Passage passage = new vn.baocao.report.Passage(
                new vn.baocao.report.ReportInfo("r", "r.txt", "", "Hội nghị", null, "", null), 0, sentence, List.of(whole, inner));
        List<vn.baocao.report.Mentions.Mention> overlapping = List.of(
                new vn.baocao.report.Mentions.Mention(whole, at, at + "Lê Văn Hoàng Nam".length(), false),
                new vn.baocao.report.Mentions.Mention(inner, sentence.indexOf("Hoàng Nam"), sentence.indexOf("Hoàng Nam") + 9, false));
        MentionedSentences read = new MentionedSentences(List.of(new MentionedSentences.OfPassage(passage,
                List.of(new MentionedSentences.Sentence(sentence, overlapping)))));
        assertThat(new StatementFinder().find(read)).extracting(st -> st.speaker().name() + "|" + st.verb())
                .containsExactly("Lê Văn Hoàng Nam|tham luận");
    }

    @Test
    void aShortSentenceThatOpensTheWordsAfterItsColonIsAStatementAndItsPointsGoOnWithIt() {
        String official = """
                Báo cáo kết quả Hội nghị Ngoại vụ toàn quốc lần thứ 20

                Báo cáo đề dẫn do Thứ trưởng Đỗ Hùng Việt trình bày tại Hội nghị nêu rõ:
                1. Về kết quả: Công tác ngoại vụ địa phương được triển khai chủ động, toàn diện.
                2. Về hạn chế: Khoảng 30% thỏa thuận quốc tế cấp địa phương chưa được triển khai.

                Thứ trưởng Đỗ Hùng Việt trình bày tại Hội nghị.
                """;
        assertThat(statements(official)).containsExactly(
                "Đỗ Hùng Việt|trình bày|Báo cáo đề dẫn do Th",
                "Đỗ Hùng Việt||1. Về kết quả: Công ",
                "Đỗ Hùng Việt||2. Về hạn chế: Khoản");
    }

    @Test
    void anInterviewersQuestionIsNoStatementOfTheOneAsked() {
        String interview = """
                Thứ trưởng Nguyễn Quốc Cường: Hội nghị là dịp để kiều bào đóng góp

                Nhân dịp Hội nghị, Thứ trưởng Nguyễn Quốc Cường đã trả lời phỏng vấn về công tác người Việt Nam ở nước ngoài.

                PV: Thưa Thứ trưởng, xin ông cho biết những nét chính của Hội nghị lần này?

                Thứ trưởng Nguyễn Quốc Cường: Tôi cho rằng Hội nghị lần này là dịp để kiều bào được lắng nghe và đóng góp cho đất nước.
                """;
        assertThat(statements(interview)).noneMatch(s -> s.contains("PV: Thưa"))
                .anyMatch(s -> s.startsWith("Nguyễn Quốc Cường|cho rằng|"));
    }
}

package vn.baocao.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;

class LayoutTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            reports/hn.txt
            /check/work/main/target/test-classes/eval/blind8/reports/hn.txt
            C:\\Users\\an\\Documents\\bao cao\\hn.txt
            """)
    void countsASourceByItsFileNameAndAFixedFolderAllowance(String source) {
        assertThat(Layout.sourceLine(report("r", source))).isEqualTo(Layout.sourceLine(report("r", "x/hn.txt")));
    }

    @Test
    void countsABareFileNameWithoutTheFolderAllowance() {
        assertThat(Layout.sourceLine(report("r", "hn.txt"))).isLessThan(Layout.sourceLine(report("r", "x/hn.txt")));
    }

    @Test
    void showsTheSameBulletsWhereverTheReportsFolderLies() {
        String near = page("reports");
        String far = page("/a/very/long/folder/where/a/test/copy/of/the/reports/was/put/by/a/build/tool/reports");

        assertThat(far).isEqualTo(near);
        assertThat(near).contains("(Còn nữa");
    }

    @Test
    void citesAPassageOnceInABulletQuotingTwoOfItsSentences() {
        Passage p = new Passage(report("r", "r.txt"), 0, "Tham dự có hơn 700 đại biểu. Hội nghị kết nối 63 điểm cầu.", List.of());
        Bullet both = new Bullet("", "Thành phần: hơn 700 đại biểu; 63 điểm cầu",
                List.of(new Bullet.Quote(p, "Tham dự có hơn 700 đại biểu."), new Bullet.Quote(p, "Hội nghị kết nối 63 điểm cầu.")),
                null, 0);
        String text = new Layout(new Similarity(List.of())).render("Tóm tắt",
                List.of(new Layout.Section("Thời gian, địa điểm, chủ trì", List.of(both), List.of())), 1).text();

        assertThat(text).contains("• Thành phần: hơn 700 đại biểu; 63 điểm cầu [1]").doesNotContain("[1][1]");
    }

    /** A page of forty fact bullets, each from its own report under {@code folder}: more than one page holds. */
    private static String page(String folder) {
        List<Bullet> facts = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> {
            Passage p = new Passage(report("r" + i, folder + "/bao-cao-" + i + ".txt"), 0,
                    "Câu thứ " + i + " của báo cáo.", List.of());
            facts.add(new Bullet("", "Điểm thứ " + i + " của hội nghị, nói đủ dài để chiếm chỗ trên trang tin nhắn.",
                    List.of(new Bullet.Quote(p, p.text())), null, 0));
        });
        Layout.Section section = new Layout.Section("Kết quả nổi bật", List.of(), facts);
        return new Layout(new Similarity(List.of())).render("Tóm tắt", List.of(section), 1).text();
    }

    private static ReportInfo report(String id, String source) {
        return new ReportInfo(id, source, "", "Hội nghị tổng kết công tác năm 2024", LocalDate.of(2024, 12, 20), "",
                null);
    }
}

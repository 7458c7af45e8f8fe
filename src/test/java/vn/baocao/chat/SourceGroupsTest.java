package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.answer.Citation;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;

class SourceGroupsTest {
    private static final ReportInfo A = new ReportInfo("a", "a.txt", "", "Báo cáo A", LocalDate.of(2023, 1, 10), "", null);
    private static final ReportInfo B = new ReportInfo("b", "b.txt", "", "Báo cáo B", LocalDate.of(2023, 7, 5), "", null);

    private static Citation cite(int n, ReportInfo report) {
        return new Citation(n, new Passage(report, n, "Đoạn " + n + ".", List.of()), "Đoạn " + n + ".");
    }

    @Test
    void listsEachReportOnceWithItsNumbersInRuns() {
        List<SourceGroups.Group> groups = SourceGroups.of(List.of(cite(1, A), cite(2, A), cite(3, B), cite(4, A),
                cite(5, A), cite(6, A), cite(7, B)));
        assertThat(groups).extracting(g -> g.label() + " " + g.report().title())
                .containsExactly("[1] [2] [4]–[6] Báo cáo A", "[3] [7] Báo cáo B");
    }

    @Test
    void formatsTheSourceListOfAnAnswerByReport() {
        var answer = vn.baocao.answer.Answer.of("q", "Một [1]. Hai [2]. Ba [3].",
                List.of(cite(1, A), cite(2, A), cite(3, A)), vn.baocao.answer.AnswerKind.ANSWER, "extractive");
        assertThat(PlainText.answer(answer, false)).isEqualTo("Một [1]. Hai [2]. Ba [3].\n\nNguồn:\n"
                + "[1]–[3] Báo cáo A – 10/1/2023 – a.txt");
    }
}

package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;

/** The reporters' turns of a briefing's passages, each with the answer that follows it, without an index. */
class AskedRouteTest {
    private static final ReportInfo REPORT = new ReportInfo("r", "r.txt", "", "Họp báo", LocalDate.of(2023, 12, 28), "", null);

    private static Passage passage(int ordinal, String... lines) {
        return new Passage(REPORT, ordinal, String.join("\n", lines), List.of());
    }

    @Test
    void aReportersTurnRunsToTheNextLabelAndTheAnswerToTheOneAfter() {
        Passage p = passage(0, "Người điều hành: Xin mời phóng viên hãng Reuters.",
                "Phóng viên John Mercer (Reuters): Câu hỏi dành cho Bộ trưởng. Ba nước thảo luận gì về thủy điện?",
                "Bounkong Sisouphanh (Bộ trưởng): Chúng tôi đã trao đổi thẳng thắn. Lào chia sẻ dữ liệu.",
                "Phóng viên TTXVN: Xin hỏi thêm về học bổng?");
        List<AskedRoute.Turn> turns = AskedRoute.turns(List.of(p));
        assertThat(turns).extracting(AskedRoute.Turn::asker).containsExactly("Phóng viên John Mercer (Reuters)", "Phóng viên TTXVN");
        assertThat(turns.getFirst().asked()).containsExactly("Phóng viên John Mercer (Reuters): Câu hỏi dành cho Bộ trưởng.",
                "Ba nước thảo luận gì về thủy điện?");
        assertThat(turns.getFirst().answer()).hasSize(2);
        assertThat(turns.get(1).answer()).isEmpty();
    }

    @Test
    void aPassageWithoutAReportersLabelHasNoTurnToAnswerWhoAsked() {
        Passage p = passage(0, "Phạm Thu Hằng: Lập trường của Việt Nam là nhất quán. Phóng viên đã hỏi về điều này nhiều lần?");
        assertThat(AskedRoute.turns(List.of(p))).isEmpty();
    }
}

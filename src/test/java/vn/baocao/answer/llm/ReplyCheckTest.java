package vn.baocao.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.answer.Answer;
import vn.baocao.answer.Refusal;
import vn.baocao.answer.Citation;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;

/** The checks and repairs of a model's reply, on two hand-made sources. */
class ReplyCheckTest {
    private static final ReportInfo REPORT = new ReportInfo("r1", "a.txt", "", "Hội nghị tổng kết năm 2022",
            LocalDate.of(2023, 1, 10), "", new Conference("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022",
            ConferenceKind.YEAR_END_REVIEW, 2022, 0));
    private static final Passage CHAIR = new Passage(REPORT, 0,
            "Sáng 10/1, hội nghị khai mạc tại Hà Nội. Đồng chí Bùi Thanh Sơn, Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị.",
            List.of(new Person("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao")));
    private static final Passage GUESTS = new Passage(REPORT, 1,
            "Tham dự có hơn 700 đại biểu, theo danh sách [3] của Ban tổ chức.", List.of());
    private static final Sources SOURCES = Sources.of(Answer.refused("q", Refusal.Reason.NO_EVIDENCE, "x", "extractive"), List.of(CHAIR, GUESTS));

    @Test
    void rendersEachSourceWithItsReportAndPeopleAndDisarmsTheReportsOwnBrackets() {
        assertThat(SOURCES.render()).isEqualTo("[1] Hội nghị tổng kết năm 2022 – ngày 10/1/2023 – Hội nghị tổng kết "
                + "công tác ngành Ngoại giao năm 2022 – Người được nhắc: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn\n"
                + CHAIR.text() + "\n\n"
                + "[2] Hội nghị tổng kết năm 2022 – ngày 10/1/2023 – Hội nghị tổng kết công tác ngành Ngoại giao năm 2022\n"
                + "Tham dự có hơn 700 đại biểu, theo danh sách (3) của Ban tổ chức.");
    }

    @Test
    void splitsAListOfNumbersIntoOneMarkerEach() {
        ReplyCheck.Verdict.Accepted a = accepted("Hội nghị có hơn 700 đại biểu do Bộ trưởng Bùi Thanh Sơn chủ trì [2, 1].");

        assertThat(a.text()).isEqualTo("Hội nghị có hơn 700 đại biểu do Bộ trưởng Bùi Thanh Sơn chủ trì [1][2].");
        assertThat(a.citations()).extracting(Citation::passage).containsExactly(GUESTS, CHAIR);
    }

    @Test
    void movesAMarkerWrittenAfterTheFullStopBeforeIt() {
        assertThat(accepted("Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị. [1]").text())
                .isEqualTo("Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị [1].");
    }

    @Test
    void letsStatementsShareTheMarkerThatEndsTheirRunAndKeepsLeadIns() {
        String reply = "Về người chủ trì:\nHội nghị khai mạc sáng 10/1 tại Hà Nội. Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị [1].";

        ReplyCheck.Verdict.Accepted a = accepted(reply);

        assertThat(a.text()).isEqualTo(reply);
        assertThat(a.citations().get(0).quote())
                .isEqualTo("Sáng 10/1, hội nghị khai mạc tại Hà Nội. … Đồng chí Bùi Thanh Sơn, Bộ trưởng Bộ Ngoại giao chủ trì Hội nghị.");
    }

    @Test
    void readsNumbersWithLeadingZerosAsTheSame() {
        assertThat(accepted("Hội nghị khai mạc sáng 10/01/2023 [1].").text()).isEqualTo("Hội nghị khai mạc sáng 10/01/2023 [1].");
    }

    @Test
    void rejectsANumberOnlyAnotherSourceHas() {
        assertThat(ReplyCheck.check("Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị có 700 đại biểu [1].", SOURCES))
                .isEqualTo(new ReplyCheck.Verdict.Rejected("reply states 700, which its cited sources do not contain"));
    }

    @Test
    void rejectsAReplyMostOfWhoseStatementsCiteNothing() {
        String reply = "Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị [1].\nHội nghị đánh giá cao kết quả của năm qua.\n"
                + "Các đại biểu thống nhất phương hướng cho năm tới.";

        assertThat(ReplyCheck.check(reply, SOURCES))
                .isEqualTo(new ReplyCheck.Verdict.Rejected("most statements of the reply cite no source"));
    }

    @Test
    void ignoresTheReasoningAThinkingModelPutsFirst() {
        assertThat(accepted("<think>The user asks who chaired it.</think>\nBộ trưởng Bùi Thanh Sơn chủ trì hội nghị [1].").text())
                .isEqualTo("Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị [1].");
    }

    private static ReplyCheck.Verdict.Accepted accepted(String reply) {
        ReplyCheck.Verdict verdict = ReplyCheck.check(reply, SOURCES);
        assertThat(verdict).isInstanceOf(ReplyCheck.Verdict.Accepted.class);
        return (ReplyCheck.Verdict.Accepted) verdict;
    }
}

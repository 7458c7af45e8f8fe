package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Refusal;
import vn.baocao.answer.Citation;
import vn.baocao.answer.Messages;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;

class UsageTest {
    private static final Passage PASSAGE = new Passage(new ReportInfo("r1", "a.txt", "", "Tiêu đề",
            LocalDate.of(2023, 1, 10), "", null), 0, "Văn bản.", List.of());
    private static final Answer CITED = Answer.of("q", "Có [1].", List.of(new Citation(1, PASSAGE, "Văn bản.")),
            AnswerKind.ANSWER, "extractive");

    @Test
    void countsAnsweredAndDeclinedQuestionsOnly() {
        Usage usage = new Usage();
        usage.record(new Reply.Answered(CITED));
        usage.record(new Reply.Answered(CITED));
        usage.record(new Reply.Answered(Answer.refused("q", Refusal.Reason.NO_EVIDENCE, "Các báo cáo hiện có không có đoạn nào nói về điều này.", "extractive")));
        usage.record(new Reply.Answered(Answer.refused("", Refusal.Reason.BAD_INPUT, Messages.EMPTY, "extractive")));
        usage.record(Reply.message("Xin chào"));
        usage.record(new Reply.Source(CITED.citations().get(0)));

        assertThat(usage.snapshot()).isEqualTo(new Usage.Snapshot(3, 1));
        assertThat(usage.snapshot().abstentionRate()).isEqualTo(1 / 3.0);
        assertThat(new Usage().snapshot().abstentionRate()).isZero();
    }

    @Test
    void keepsEachRefusedQuestionWithItsReasonAndCountTheMostRefusedFirst() {
        Usage usage = new Usage();
        usage.record(new Reply.Answered(refused("Giá vàng hôm nay?", Refusal.Reason.NOT_IN_CORPUS)));
        usage.record(new Reply.Answered(refused("Ai chủ trì hội nghị năm 2018?", Refusal.Reason.NOT_IN_CORPUS)));
        usage.record(new Reply.Answered(refused("giá vàng  hôm nay", Refusal.Reason.NOT_IN_CORPUS)));
        usage.record(new Reply.Answered(refused("còn năm 2018?", Refusal.Reason.NO_EVIDENCE),
                "Ai phát biểu tại hội nghị tổng kết năm 2018?", "năm 2018"));
        usage.record(new Reply.Answered(Answer.refused("", Refusal.Reason.BAD_INPUT, Messages.EMPTY, "extractive")));
        usage.record(new Reply.Answered(CITED));

        assertThat(usage.refused(10)).extracting(RefusedQuestion::question, RefusedQuestion::reason, RefusedQuestion::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("giá vàng  hôm nay", "not_in_corpus", 2L),
                        org.assertj.core.groups.Tuple.tuple("Ai phát biểu tại hội nghị tổng kết năm 2018?", "no_evidence", 1L),
                        org.assertj.core.groups.Tuple.tuple("Ai chủ trì hội nghị năm 2018?", "not_in_corpus", 1L));
        assertThat(usage.refused(1)).hasSize(1);
    }

    private static Answer refused(String question, Refusal.Reason reason) {
        return Answer.refused(question, reason, "Các báo cáo hiện có không đề cập đến nội dung này.", "extractive");
    }
}

package vn.baocao.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;

class AnswerTest {
    private static final Passage PASSAGE = new Passage(
            new ReportInfo("r1", "a.txt", "", "Tiêu đề", LocalDate.of(2023, 1, 10), "", null), 0,
            "Đồng chí Bùi Thanh Sơn chủ trì Hội nghị.", List.of());
    private static final Citation ONE = new Citation(1, PASSAGE, "Đồng chí Bùi Thanh Sơn chủ trì Hội nghị.");

    @Test
    void acceptsMarkersThatMatchItsCitations() {
        Answer a = Answer.of("Ai chủ trì?", "Bùi Thanh Sơn [1].", List.of(ONE), AnswerKind.ANSWER, "extractive");
        assertThat(a.citations()).containsExactly(ONE);
    }

    @Test
    void rejectsAMarkerWithoutACitation() {
        assertThatThrownBy(() -> Answer.of("q", "Bùi Thanh Sơn [1] [2].", List.of(ONE), AnswerKind.ANSWER, "extractive"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, 2]");
    }

    @Test
    void rejectsACitationWithoutAMarker() {
        assertThatThrownBy(() -> Answer.of("q", "Bùi Thanh Sơn.", List.of(ONE), AnswerKind.ANSWER, "extractive"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnAbstentionThatCites() {
        Refusal refusal = new Refusal(Refusal.Reason.NO_EVIDENCE, "Không rõ [1].");
        assertThatThrownBy(() -> new Answer("q", "Không rõ [1].", List.of(ONE), AnswerKind.REFUSAL, refusal, "extractive",
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cites nothing");
    }

    @Test
    void isARefusalExactlyWhenItHasAReason() {
        Refusal refusal = new Refusal(Refusal.Reason.NOT_IN_CORPUS, "Không có.");
        assertThatThrownBy(() -> new Answer("q", "Không có.", List.of(), AnswerKind.REFUSAL, null, "extractive", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has a reason");
        assertThatThrownBy(() -> new Answer("q", "Không có.", List.of(), AnswerKind.ANSWER, refusal, "extractive", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has a reason");
        Answer refused = Answer.refused("q", refusal, "extractive");
        assertThat(refused.abstained()).isTrue();
        assertThat(refused.text()).isEqualTo("Không có.");
        assertThat(refused.kind()).isEqualTo(AnswerKind.REFUSAL);
    }

    @Test
    void givesEachRefusalReasonAStableCode() {
        assertThat(java.util.Arrays.stream(Refusal.Reason.values()).map(Refusal.Reason::code)).containsExactly(
                "not_in_corpus", "false_premise", "no_evidence", "bad_input", "empty_index", "failure");
    }

    @Test
    void listsTheDistinctMarkersOfAText() {
        assertThat(Answer.markers("a [2] b [1] c [2] [x]")).containsExactly(1, 2);
    }
}

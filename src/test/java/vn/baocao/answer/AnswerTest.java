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
        Answer a = new Answer("Ai chủ trì?", "Bùi Thanh Sơn [1].", List.of(ONE), false, "extractive");
        assertThat(a.citations()).containsExactly(ONE);
    }

    @Test
    void rejectsAMarkerWithoutACitation() {
        assertThatThrownBy(() -> new Answer("q", "Bùi Thanh Sơn [1] [2].", List.of(ONE), false, "extractive"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, 2]");
    }

    @Test
    void rejectsACitationWithoutAMarker() {
        assertThatThrownBy(() -> new Answer("q", "Bùi Thanh Sơn.", List.of(ONE), false, "extractive"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnAbstentionThatCites() {
        assertThatThrownBy(() -> new Answer("q", "Không rõ [1].", List.of(ONE), true, "extractive"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsTheDistinctMarkersOfAText() {
        assertThat(Answer.markers("a [2] b [1] c [2] [x]")).containsExactly(1, 2);
    }
}

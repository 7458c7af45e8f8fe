package vn.baocao.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.answer.Citation;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;

/** "trích nguyên văn đoạn về biên giới": the sentences of the last answer's sources on that. */
class QuotedPartsTest {
    private static final ReportInfo REPORT = new ReportInfo("r1", "a.txt", "", "Buổi làm việc", LocalDate.of(2023, 1, 31),
            "", null, null);
    private static final Passage PASSAGE = new Passage(REPORT, 1, "Bộ Ngoại giao cần thực hiện tốt chương trình đối "
            + "ngoại cấp cao. Củng cố vững chắc hơn nữa biên giới hòa bình, ổn định, hữu nghị. Đẩy mạnh ngoại giao kinh tế.",
            List.of());
    private static final List<Citation> CITED = List.of(new Citation(1, PASSAGE, "Bộ Ngoại giao cần thực hiện tốt "
            + "chương trình đối ngoại cấp cao."));

    @Test
    void quotesTheSentencesThatShareTheMostOfWhatIsAsked() {
        assertThat(QuotedParts.of(CITED, List.of("doan", "ve", "bien", "gioi")))
                .containsExactly(new Citation(1, PASSAGE, "Củng cố vững chắc hơn nữa biên giới hòa bình, ổn định, hữu nghị."));
    }

    @Test
    void quotesWhatTheAnswerQuotedWhenNoSentenceSharesAWord() {
        assertThat(QuotedParts.of(CITED, List.of("nhan", "quyen"))).isEqualTo(CITED);
    }
}

package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.Intent;
import vn.baocao.search.QuestionReader;

class AskedRowsTest {
    private static final ReportInfo REPORT = new ReportInfo("r", "r.md", "", "Hội nghị Tổng Lãnh sự",
            LocalDate.of(2022, 7, 22), "", null);
    private static final String SUMS = "Các Tổng Lãnh sự quán đã xử lý 1.836 vụ việc bảo hộ.";
    private static final String GUANGZHOU = "Quảng Châu, Trung Quốc: 312 (Vụ việc bảo hộ); 98 (Công dân hỗ trợ về nước).";
    private static final String NANNING = "Nam Ninh, Trung Quốc: 265 (Vụ việc bảo hộ); 110 (Công dân hỗ trợ về nước).";
    private static final String TOTAL = "Tổng cộng: 1.836 (Vụ việc bảo hộ); 612 (Công dân hỗ trợ về nước).";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Quảng Châu, Trung Quốc: 312 (Vụ việc bảo hộ); 98 (Công dân).  | Quảng Châu, Trung Quốc
            **Tổng cộng**: 1.836 (Vụ việc bảo hộ).                          | Tổng cộng
            Thời gian: 8 giờ sáng.                                           | Thời gian
            Tổng Lãnh sự quán đã xử lý 312 vụ.                               | NONE
            Hội nghị lần thứ 2. Chủ đề: bảo hộ công dân.                     | NONE
            """)
    void aRowIsALabelAColonAndAFigure(String sentence, String label) {
        assertThat(AskedRows.label(sentence).orElse(null)).isEqualTo(label);
    }

    @Test
    void theRowWhoseLabelTheQuestionNamesComesFirst() {
        List<Candidate> ranked = candidates(SUMS, NANNING, GUANGZHOU, TOTAL);

        assertThat(AskedRows.first(ranked, read("TLSQ Quảng Châu xử lý bao nhiêu vụ bảo hộ?")))
                .extracting(Candidate::sentence).containsExactly(GUANGZHOU, SUMS, NANNING, TOTAL);
    }

    @Test
    void aQuestionAskingForATotalIsAnsweredByTheTotalRow() {
        List<Candidate> ranked = candidates(NANNING, GUANGZHOU, TOTAL);

        assertThat(AskedRows.first(ranked, read("tổng số công dân các TLSQ hỗ trợ về nước là bao nhiêu?")))
                .extracting(Candidate::sentence).containsExactly(TOTAL, NANNING, GUANGZHOU);
    }

    @Test
    void aRowTheQuestionDoesNotNameKeepsItsPlaceWhenNoTotalIsAsked() {
        List<Candidate> ranked = candidates(NANNING, SUMS, TOTAL);

        assertThat(AskedRows.first(ranked, read("các TLSQ xử lý bao nhiêu vụ bảo hộ?"))).isEqualTo(ranked);
    }

    private static Intent read(String question) {
        return new QuestionReader(List.of()).read(question);
    }

    private static List<Candidate> candidates(String... sentences) {
        Passage passage = new Passage(REPORT, 0, String.join(" ", sentences), List.of());
        return java.util.Arrays.stream(sentences).map(s -> new Candidate(passage, 0, s, List.of(), null, -1, 1, 1)).toList();
    }
}

package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.answer.Answer;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.QuestionReader;

/**
 * A numbered meeting's day and place come from the sentences that tell of that number, not from those that
 * recall the one before it in the same report. Without an index.
 */
class NumberedMeetingsTest {
    private static final Conference HEADS = new Conference(
            "Cuộc họp Ban Tổ chức Hội nghị Trưởng Cơ quan đại diện Việt Nam ở nước ngoài lần thứ 22", ConferenceKind.OTHER, 0, 22);
    private static final ReportInfo MINUTES = new ReportInfo("minutes", "m.txt", "", HEADS.name(), LocalDate.of(2026, 1, 6),
            "Phòng họp số 3", HEADS);
    private static final Passage RECALLED = new Passage(MINUTES, 0, "a) Nhắc lại kết quả Hội nghị lần thứ 21 tổ chức từ ngày "
            + "19 đến ngày 21/12/2023 tại Hà Nội, với 94 Trưởng Cơ quan đại diện tham dự trực tiếp.", List.of());
    private static final Passage PLANNED = new Passage(MINUTES, 1, "b) Dự kiến Hội nghị Trưởng Cơ quan đại diện tổ chức vào "
            + "tháng 8/2026 tại Trung tâm Hội nghị Quốc gia, với khoảng 96 Trưởng Cơ quan đại diện tham dự.", List.of());
    private static final InMemoryReports REPORTS = new InMemoryReports(List.of(RECALLED, PLANNED), List.of(
            new Meeting("heads", HEADS, MINUTES.date(), "", List.of(MINUTES), List.of(), List.of())), List.of());
    private final QuestionReader reader = new QuestionReader(REPORTS.people());
    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(reader::read, REPORTS, REPORTS, REPORTS, REPORTS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị Trưởng Cơ quan đại diện lần thứ 22 tổ chức ngày nào?   | 21/12/2023
            HN Truong CQDD lan 22 to chuc o dau                            | Hà Nội
            """)
    void aSentenceRecallingAnotherNumberGivesNeitherItsDayNorItsPlace(String question, String other) {
        Answer answer = answerer.answer(question);

        assertThat(answer.text()).doesNotContain(other);
    }

    @org.junit.jupiter.api.Test
    void aBuildingIsNamedWholeWithItsKindAndItsNamesInnerSyllables() {
        assertThat(answerer.answer("HN Truong CQDD lan 22 to chuc o dau").text()).startsWith("Trung tâm Hội nghị Quốc gia [1]");
    }
}

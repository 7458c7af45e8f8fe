package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.answer.Answer;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.QuestionReader;

/** A question about a meeting named by its kind is not answered from a report about no meeting that never names that kind. Without an index. */
class ReportsOfNoMeetingTest {
    private static final Conference REVIEW = new Conference("Hội nghị tổng kết công tác ngành ngoại giao năm 2024",
            ConferenceKind.YEAR_END_REVIEW, 2024, 0);
    private static final ReportInfo REVIEW_REPORT = new ReportInfo("review", "r.html", "", "Tổng kết công tác ngành ngoại giao năm 2024",
            LocalDate.of(2025, 1, 6), "", REVIEW);
    private static final ReportInfo MINUTES = new ReportInfo("minutes", "m.txt", "", "Biên bản lớp tập huấn lễ tân",
            LocalDate.of(2024, 7, 5), "", null);
    private static final InMemoryReports REPORTS = new InMemoryReports(List.of(
            new Passage(REVIEW_REPORT, 0, "Sáng nay 6/1, Bộ Ngoại giao tổ chức hội nghị trực tuyến tổng kết công tác ngành "
                    + "ngoại giao năm 2024, triển khai nhiệm vụ năm 2025.", List.of()),
            new Passage(MINUTES, 0, "I. THỜI GIAN, HÌNH THỨC, THÀNH PHẦN\n1. Thời gian: ngày 5/7/2024.\n2. Hình thức: trực tuyến.\n"
                    + "3. Hội nghị tập huấn được tổ chức năm 2024.", List.of())),
            List.of(new Meeting("review", REVIEW, REVIEW_REPORT.date(), "", List.of(REVIEW_REPORT), List.of(), List.of())),
            List.of());
    private final QuestionReader reader = new QuestionReader(REPORTS.people());
    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(reader::read, REPORTS, REPORTS, REPORTS, REPORTS);

    @Test
    void aReportOfNoMeetingThatNeverNamesTheKindAskedAnswersNothingOfIt() {
        Answer answer = answerer.answer("Hội nghị tổng kết 2024 được tổ chức theo hình thức nào?");

        assertThat(answer.citations()).as(answer.text())
                .noneSatisfy(c -> assertThat(c.passage().report().id()).isEqualTo("minutes"));
    }
}

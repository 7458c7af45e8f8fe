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

/** A review asked of by the full day it was held is that review, whatever year it reviews. Without an index. */
class ReviewsByTheirDayTest {
    private static final Conference BORDER = new Conference("Hội nghị tổng kết công tác biên giới lãnh thổ năm 2018",
            ConferenceKind.YEAR_END_REVIEW, 2018, 0);
    private static final ReportInfo REPORT = new ReportInfo("border", "b.pdf", "", BORDER.name(), LocalDate.of(2019, 1, 10),
            "Hà Nội", BORDER);
    private static final Passage LEAD = new Passage(REPORT, 0, "Ngày 10/1/2019, tại Hà Nội, Ủy ban Biên giới quốc gia tổ chức "
            + "Hội nghị tổng kết công tác biên giới lãnh thổ năm 2018.", List.of());
    private static final InMemoryReports REPORTS = new InMemoryReports(List.of(LEAD), List.of(
            new Meeting("border", BORDER, REPORT.date(), "Hà Nội", List.of(REPORT), List.of(), List.of())), List.of());
    private final QuestionReader reader = new QuestionReader(REPORTS.people());
    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(reader::read, REPORTS, REPORTS, REPORTS, REPORTS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị tổng kết ngày 10/1/2019 tổ chức ở đâu?                      | Hà Nội
            Where was the review conference held on 10 January 2019?            | Hà Nội
            """)
    void isTheReviewHeldThatDay(String question, String fact) {
        Answer answer = answerer.answer(question);

        assertThat(answer.abstained()).as(answer.text()).isFalse();
        assertThat(answer.text()).contains(fact);
    }
}

package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.QuestionReader;

/** Which meetings were held on a day asked without its year: each of them, whatever the year. Without an index. */
class MeetingsOnADayTest {
    private static final Conference MID_2023 = new Conference("Hội nghị sơ kết công tác 6 tháng đầu năm 2023",
            ConferenceKind.MID_YEAR_REVIEW, 2023, 0);
    private static final Conference CULTURE = new Conference("Hội nghị ngoại giao văn hóa năm 2024", ConferenceKind.OTHER, 2024, 0);
    private static final ReportInfo MID = new ReportInfo("mid", "m.txt", "", MID_2023.name(), LocalDate.of(2023, 7, 5), "", MID_2023);
    private static final ReportInfo CUL = new ReportInfo("cul", "c.html", "", CULTURE.name(), LocalDate.of(2024, 7, 5), "", CULTURE);
    private static final Passage MID_LEAD = new Passage(MID, 0, "Bộ Ngoại giao tổ chức Hội nghị ngày 5/7 tại Hà Nội. Bộ trưởng chủ trì.", List.of());
    private static final Passage CUL_LEAD = new Passage(CUL, 0, "Tin ngắn. Sáng 5/7, tại Ninh Bình, tỉnh tổ chức Hội nghị ngoại "
            + "giao văn hóa năm 2024.", List.of());
    private static final InMemoryReports REPORTS = new InMemoryReports(List.of(MID_LEAD, CUL_LEAD), List.of(
            new Meeting("mid", MID_2023, MID.date(), "", List.of(MID), List.of(), List.of()),
            new Meeting("cul", CULTURE, CUL.date(), "", List.of(CUL), List.of(), List.of())), List.of());
    private final QuestionReader reader = new QuestionReader(REPORTS.people());
    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(reader::read, REPORTS, REPORTS, REPORTS, REPORTS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nhung hoi nghi nao dien ra ngay 5/7
            Có những sự kiện nào của BNG rơi vào ngày 5/7?
            """)
    void listsEveryMeetingHeldThatDayEachCitedToTheSentenceStatingIt(String question) {
        Answer answer = answerer.answer(question);

        assertThat(answer.kind()).isEqualTo(AnswerKind.LIST);
        assertThat(answer.text()).contains("Hội nghị sơ kết công tác 6 tháng đầu năm 2023 (5/7/2023) [1]",
                "Hội nghị ngoại giao văn hóa năm 2024 (5/7/2024) [2]");
        assertThat(answer.citations()).extracting(c -> c.quote())
                .containsExactly("Bộ Ngoại giao tổ chức Hội nghị ngày 5/7 tại Hà Nội.", "Sáng 5/7, tại Ninh Bình, tỉnh tổ chức Hội nghị ngoại giao văn hóa năm 2024.");
    }
}

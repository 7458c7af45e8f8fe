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
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.QuestionReader;

/**
 * Meetings asked of by their field and place ("hội nghị ngoại giao văn hóa ở Huế"), whatever kind their
 * names give them: a review of the field's half year is such a meeting. Without an index.
 */
class MeetingsByTheirFieldTest {
    private static final Person DEPUTY = new Person("Phan Thị Lan Anh", "Thứ trưởng Ngoại giao");
    private static final Conference CULTURE = new Conference(
            "Hội nghị sơ kết công tác ngoại giao văn hóa 6 tháng đầu năm 2024", ConferenceKind.MID_YEAR_REVIEW, 2024, 0);
    private static final Conference ECONOMY = new Conference("Hội nghị ngoại giao kinh tế", ConferenceKind.OTHER, 2022, 0);
    private static final ReportInfo CULTURE_REPORT = new ReportInfo("culture", "c.docx", "",
            CULTURE.name(), LocalDate.of(2024, 7, 5), "Cung An Định", CULTURE);
    private static final ReportInfo ECONOMY_REPORT = new ReportInfo("economy", "e.html", "",
            "Hội nghị ngoại giao kinh tế với các tỉnh vùng Đồng bằng sông Cửu Long", LocalDate.of(2022, 7, 22), "Cần Thơ", ECONOMY);
    private static final Passage HEADER = new Passage(CULTURE_REPORT, 0, "1. Thông tin chung\nThời gian: sáng thứ Sáu, "
            + "ngày 5/7/2024.\nĐịa điểm: Cung An Định, thành phố Huế.\nThành phần: 186 đại biểu, gồm đại diện các bộ, ngành và 11 Trưởng cơ quan đại diện dự trực tuyến. Đây là lần đầu tiên hội nghị sơ kết công tác ngoại giao văn hóa được tổ chức ngoài Hà Nội.", List.of(DEPUTY));
    private static final Passage CONCLUSION = new Passage(CULTURE_REPORT, 1, "Kết luận Hội nghị, Thứ trưởng Phan Thị Lan Anh "
            + "giao Vụ Ngoại giao Văn hóa và UNESCO tổng hợp kiến nghị của địa phương, báo cáo trước ngày 31/7/2024.", List.of(DEPUTY));
    private static final Passage LEAD = new Passage(ECONOMY_REPORT, 0, "Sáng 22/7, tại thành phố Cần Thơ, Bộ Ngoại giao tổ "
            + "chức Hội nghị ngoại giao kinh tế với các tỉnh vùng Đồng bằng sông Cửu Long. Hội nghị do Thứ trưởng Ngoại giao "
            + "Nguyễn Quốc Khánh chủ trì.", List.of());
    private static final Conference PROTOCOL = new Conference("Hội nghị tập huấn nghiệp vụ lễ tân nhà nước năm 2024",
            ConferenceKind.OTHER, 2024, 0);
    private static final ReportInfo PROTOCOL_REPORT = new ReportInfo("protocol", "p.txt", "", "Báo cáo kết quả "
            + PROTOCOL.name(), LocalDate.of(2024, 1, 25), "thành phố Đông Hà, tỉnh Quảng Trị", PROTOCOL);
    private static final Passage PROTOCOL_TIME_AND_PLACE = new Passage(PROTOCOL_REPORT, 0, "1. Thời gian, địa điểm\n"
            + "Hội nghị diễn ra trong hai ngày 25 và 26/01/2024 tại thành phố Đông Hà, tỉnh Quảng Trị.", List.of());
    private static final Passage PROTOCOL_PROPOSAL = new Passage(PROTOCOL_REPORT, 1, "Đề nghị cho phép tổ chức tập huấn "
            + "lễ tân nhà nước định kỳ hằng năm luân phiên tại ba miền Bắc, Trung, Nam.", List.of());
    private static final InMemoryReports REPORTS = new InMemoryReports(List.of(HEADER, CONCLUSION, LEAD,
            PROTOCOL_TIME_AND_PLACE, PROTOCOL_PROPOSAL), List.of(
            new Meeting("culture", CULTURE, CULTURE_REPORT.date(), "", List.of(CULTURE_REPORT), List.of(), List.of(DEPUTY)),
            new Meeting("economy", ECONOMY, ECONOMY_REPORT.date(), "", List.of(ECONOMY_REPORT), List.of(), List.of()),
            new Meeting("protocol", PROTOCOL, PROTOCOL_REPORT.date(), "", List.of(PROTOCOL_REPORT), List.of(), List.of())),
            List.of(DEPUTY));
    private final QuestionReader reader = new QuestionReader(REPORTS.people());
    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(reader::read, REPORTS, REPORTS, REPORTS, REPORTS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hoi nghi ngoai giao van hoa o Hue dien ra ngay nao?      | 5/7/2024 | culture
            Hội nghị ngoại giao kinh tế ở Cần Thơ diễn ra ở đâu?     | Cần Thơ  | economy
            tap huan le tan nha nuoc 2024 to chuc o dau              | Đông Hà  | protocol
            """)
    void answersOfTheMeetingItsFieldAndPlaceName(String question, String fact, String report) {
        Answer answer = answerer.answer(question);

        assertThat(answer.abstained()).as(answer.text()).isFalse();
        assertThat(answer.text()).contains(fact).doesNotContain("31/7/2024");
        assertThat(answer.citations()).allSatisfy(c -> assertThat(c.passage().report().id()).isEqualTo(report));
    }
}

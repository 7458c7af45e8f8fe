package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.answer.Answer;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.QuestionReader;

/** A person the reports give other offices in other years is given each, oldest first. Without an index. */
class RolesOverTheReportsTest {
    private static final ReportInfo PRAGUE = report("prague", "Hội nghị Người Việt Nam ở nước ngoài khu vực châu Âu lần thứ 2",
            LocalDate.of(2019, 11, 9), ConferenceKind.OTHER);
    private static final ReportInfo REVIEW = report("review", "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022",
            LocalDate.of(2023, 1, 10), ConferenceKind.YEAR_END_REVIEW);
    private static final Person DEPUTY = new Person("Bùi Thanh Sơn", "Thứ trưởng Thường trực Bộ Ngoại giao");
    private static final Person MINISTER = new Person("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao");
    private static final InMemoryReports REPORTS = new InMemoryReports(List.of(
            new Passage(REVIEW, 0, "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị.", List.of(MINISTER)),
            new Passage(PRAGUE, 0, "Tại phiên khai mạc, Thứ trưởng Thường trực Bộ Ngoại giao Bùi Thanh Sơn đọc thư gửi Hội nghị.",
                    List.of(DEPUTY))), List.of(), List.of(MINISTER));
    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(new QuestionReader(REPORTS.people())::read,
            REPORTS, REPORTS, REPORTS, REPORTS);

    private static ReportInfo report(String id, String name, LocalDate held, ConferenceKind kind) {
        return new ReportInfo(id, id + ".txt", "", name, held, "", new Conference(name, kind, held.getYear(), 0));
    }

    @Test
    void givesEachOfficeWithItsMeetingOldestFirst() {
        Answer answer = answerer.answer("Bùi Thanh Sơn giữ chức vụ gì?");

        assertThat(answer.text()).isEqualTo("""
                Bùi Thanh Sơn trong các báo cáo:
                – Thứ trưởng Thường trực Bộ Ngoại giao Bùi Thanh Sơn, tại Hội nghị Người Việt Nam ở nước ngoài khu vực châu Âu lần thứ 2 (9/11/2019) [1]
                – Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn, tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1/2023) [2]""");
    }
}

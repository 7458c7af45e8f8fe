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

    private static final Conference DIALOGUE = new Conference("Đối thoại chính sách giữa Bộ Ngoại giao và cộng đồng doanh nghiệp "
            + "Nhật Bản lần thứ 5", ConferenceKind.OTHER, 2024, 5);
    private static final ReportInfo DIALOGUE_NEWS = new ReportInfo("dialogue", "d.txt", "", DIALOGUE.name(),
            LocalDate.of(2024, 7, 5), "Hà Nội", DIALOGUE);
    private static final ReportInfo AMERICAS = new ReportInfo("americas", "a.txt", "", "Báo cáo Vụ Châu Mỹ",
            LocalDate.of(2017, 12, 20), "", null);
    private static final Conference REGION = new Conference("Hội nghị Trưởng Cơ quan đại diện Việt Nam khu vực châu Phi - Trung Đông "
            + "lần thứ 4", ConferenceKind.OTHER, 2021, 4);
    private static final ReportInfo REGION_NEWS = new ReportInfo("region", "r.txt", "", REGION.name(), LocalDate.of(2021, 7, 22),
            "Trụ sở Bộ Ngoại giao", REGION);
    private static final InMemoryReports OTHERS = new InMemoryReports(List.of(
            new Passage(DIALOGUE_NEWS, 0, "Sáng 5/7/2024, Bộ Ngoại giao tổ chức Đối thoại chính sách giữa Bộ Ngoại giao và "
                    + "cộng đồng doanh nghiệp Nhật Bản lần thứ 5.", List.of()),
            new Passage(AMERICAS, 0, "Vụ Châu Mỹ đề xuất: (a) hoàn thiện Kế hoạch hành động trong tháng 2/2018; (b) tổ chức "
                    + "Hội nghị Trưởng Cơ quan đại diện khu vực Mỹ Latinh lần thứ 5 vào năm 2020.", List.of()),
            new Passage(REGION_NEWS, 0, "Ngày 22/7/2021, Bộ Ngoại giao tổ chức Hội nghị Trưởng Cơ quan đại diện Việt Nam khu vực "
                    + "châu Phi - Trung Đông lần thứ 4 theo hình thức trực tuyến. Điểm cầu chính của Hội nghị đặt tại Trụ sở Bộ "
                    + "Ngoại giao.", List.of()),
            new Passage(REGION_NEWS, 1, "Hội nghị lần thứ 3 đã diễn ra trực tiếp tại Hà Nội vào năm 2018.", List.of())),
            List.of(new Meeting("dialogue", DIALOGUE, DIALOGUE_NEWS.date(), "", List.of(DIALOGUE_NEWS), List.of(), List.of()),
                    new Meeting("region", REGION, REGION_NEWS.date(), "", List.of(REGION_NEWS), List.of(), List.of())), List.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị Trưởng CQĐD Mỹ Latinh lần 5 được đề xuất tổ chức năm nào?           | Năm 2020      | 5/7/2024
            Hoi nghi Truong CQDD chau Phi - Trung Dong lan thu 3 to chuc nam nao         | Năm 2018      | 22/7/2021
            Hoi nghi Truong CQDD chau Phi - Trung Dong lan thu 3 to chuc o dau           | Hà Nội        | Trụ sở
            """)
    void aMeetingOfTheNumberAskedIsNotOneOfAnotherPlaceNorOneNamedWithAnotherNumber(String question, String answer, String other) {
        ExtractiveAnswerer answers = new ExtractiveAnswerer(new QuestionReader(OTHERS.people())::read, OTHERS, OTHERS, OTHERS, OTHERS);

        assertThat(answers.answer(question).text()).startsWith(answer).doesNotContain(other);
    }
}

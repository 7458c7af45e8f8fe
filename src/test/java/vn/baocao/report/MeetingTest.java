package vn.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025          | year_end_review-2024
            Hội nghị tổng kết công tác ngành Ngoại giao năm 2024                          | year_end_review-2024
            Hội nghị tổng kết năm 2024                                                   | year_end_review-2024
            Hội nghị tổng kết công tác đối ngoại năm 2024                                  | year_end_review-2024
            Hội nghị tổng kết công tác chuyển đổi số năm 2024 và triển khai nhiệm vụ năm 2025 | year_end_review-2024-chuyen_doi_so
            Hội nghị tổng kết công tác lãnh sự và bảo hộ công dân năm 2024                | year_end_review-2024-lanh_su_va_bao_ho_cong_dan
            Hội nghị tổng kết công tác biên giới lãnh thổ năm 2024                         | year_end_review-2024-bien_gioi_lanh_tho
            """)
    void aSectorsReviewOfAYearIsAnotherMeetingThanTheMinistrys(String name, String key) {
        ReportInfo report = new ReportInfo("r", "r.txt", "", name, LocalDate.of(2025, 1, 6), "",
                new Conference(name, ConferenceKind.YEAR_END_REVIEW, 2024, 0));
        assertThat(Meeting.keyOf(report)).contains(key);
    }
}

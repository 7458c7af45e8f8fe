package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;

class DateResolverTest {
    private static final Conference YEAR_END_2024 =
            new Conference("Hội nghị tổng kết công tác ngành ngoại giao năm 2024", ConferenceKind.YEAR_END_REVIEW, 2024, 0);
    private static final Conference MID_YEAR_2023 =
            new Conference("Hội nghị sơ kết công tác 6 tháng đầu năm 2023", ConferenceKind.MID_YEAR_REVIEW, 2023, 0);

    private final DateResolver resolver = new DateResolver();

    private LocalDate resolve(String lead, LocalDate published, Conference conference) {
        return resolver.resolve("Tiêu đề", List.of(lead), published, conference);
    }

    @Test
    void aYearEndReviewHeldInJanuaryIsInTheYearAfterTheOneItReviews() {
        assertThat(resolve("Sáng nay 6/1, Bộ Ngoại giao tổ chức hội nghị tổng kết năm 2024.", null, YEAR_END_2024))
                .isEqualTo(LocalDate.of(2025, 1, 6));
    }

    @Test
    void aYearEndReviewHeldInDecemberIsInTheYearItReviews() {
        assertThat(resolve("Chiều 28/12, Bộ Ngoại giao tổ chức hội nghị tổng kết năm 2024.", null, YEAR_END_2024))
                .isEqualTo(LocalDate.of(2024, 12, 28));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trong hai ngày 31/10 và 1/11/2024, tại Đà Nẵng, Học viện tổ chức Hội thảo. Chuỗi hội thảo có từ năm 2009. | 2024-10-31
            Từ ngày 30/12 đến ngày 2/1/2025, đoàn làm việc tại Lào, như các năm 2019 và 2020.                    | 2024-12-30
            """)
    void aFirstDayWithoutAYearTakesTheYearOfTheRunItStarts(String lead, LocalDate held) {
        assertThat(resolve(lead, null, null)).isEqualTo(held);
    }

    @Test
    void theDayOfALetterAskingForTheReportIsNotTheMeetingsDay() {
        assertThat(resolver.resolve("Tóm tắt hội nghị", List.of("Thực hiện đề nghị của Cục tại thư ngày 3/7, Sở gửi bản tóm tắt.",
                "Hội nghị diễn ra sáng 5/7/2024 tại Trung tâm Hội nghị tỉnh."), LocalDate.of(2024, 7, 8), null))
                .isEqualTo(LocalDate.of(2024, 7, 5));
    }

    @Test
    void aMidYearReviewTakesTheYearItNames() {
        assertThat(resolve("Tham dự Hội nghị diễn ra ngày 5/7 có Bộ trưởng.", null, MID_YEAR_2023))
                .isEqualTo(LocalDate.of(2023, 7, 5));
    }

    @Test
    void aFullDateInTheLeadIsTakenAsItIs() {
        assertThat(resolve("Sáng 19/12/2023, tại Hà Nội, Bộ Ngoại giao khai mạc hội nghị.", LocalDate.of(2023, 12, 21), null))
                .isEqualTo(LocalDate.of(2023, 12, 19));
    }

    @Test
    void thePublicationDateGivesTheYearOfTheMostRecentSuchDay() {
        assertThat(resolve("Hội nghị diễn ra vào hôm nay (22/7).", LocalDate.of(2019, 7, 22), MID_YEAR_2023))
                .isEqualTo(LocalDate.of(2019, 7, 22));
        assertThat(resolve("Chiều 30/12, Bộ Ngoại giao tổ chức hội nghị.", LocalDate.of(2024, 1, 2), null))
                .isEqualTo(LocalDate.of(2023, 12, 30));
    }

    @Test
    void otherwiseTheLatestYearTheLeadMentions() {
        assertThat(resolve("Chiều ngày 31-1, Phó Thủ tướng làm việc về công tác năm 2023 và kết quả năm 2022.", null, null))
                .isEqualTo(LocalDate.of(2023, 1, 31));
    }

    @Test
    void periodsAndDatesOfOtherEventsAreNotTheDateHeld() {
        String lead = "Trong 6 tháng đầu năm 2023, kỷ niệm ngày Tổng tuyển cử (06/01/1946) được tổ chức trang trọng.";
        assertThat(resolve(lead, null, null)).isNull();
        assertThat(resolve(lead, LocalDate.of(2023, 7, 6), null)).isEqualTo(LocalDate.of(2023, 7, 6));
    }

    @Test
    void anImpossibleDayIsSkipped() {
        assertThat(resolve("Sáng 31/2, hội nghị khai mạc; chiều 1/3 hội nghị bế mạc năm 2024.", null, null))
                .isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void readsADateWrittenInWords() {
        assertThat(resolve("Ngày 5 tháng 7 năm 2023, Bộ Ngoại giao tổ chức hội nghị.", null, null))
                .isEqualTo(LocalDate.of(2023, 7, 5));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} | {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Hội nghị Trưởng Cơ quan đại diện 2025 Hà Nội, ngày 20/8/2025 | Ngày 18/8/2025, Bộ Ngoại giao khai mạc Hội nghị. | 2025-08-18
            Hội nghị Trưởng Cơ quan đại diện 2025                         | Hà Nội, ngày 20/8/2025                           | 2025-08-20
            Tiêu đề                                                       | Sáng 18/8, tại Hà Nội, ngày làm việc đầu tiên.  | 2025-08-18
            Khai mạc tại Hà Nội, ngày 18/8/2025                           | Hội nghị kéo dài ba ngày.                        | 2025-08-18
            """)
    void aDatelineInTheHeadlineIsTheDayWrittenNotTheDayHeld(String title, String lead, LocalDate held) {
        assertThat(resolver.resolve(title, List.of(lead, "Hà Nội, ngày 20/8/2025"), LocalDate.of(2025, 8, 20), null))
                .isEqualTo(held);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Hà Nội, ngày 17/12/2012 – Sáng nay, tại Hà Nội, Bộ Ngoại giao khai mạc Hội nghị, bế mạc ngày 21/12. | 2012-12-17
            Tài liệu tổng hợp - Trung tâm Thông tin, ngày 20/12/2014                                          | 2014-12-15
            BỘ NGOẠI GIAO CỤC LÃNH SỰ – Hà Nội, ngày 16 tháng 12 năm 2014.                                   | 2014-12-15
            Hà Nội, ngày 14/12/2018 (TTXVN) – Ngày 14/12, Bộ Ngoại giao tổ chức Hội nghị.                   | 2018-12-14
            Trong ba ngày 19-21/12/2023, Bộ Ngoại giao tổ chức Hội nghị.                                      | 2023-12-19
            Thực hiện Kế hoạch năm 2024, trong hai ngày 22 và 23/5/2024, tại Cao Bằng, Bộ tổ chức Hội nghị.   | 2024-05-22
            """)
    void todayIsTheDayWrittenAndARunOfDaysStartsOnItsFirst(String lead, LocalDate held) {
        assertThat(resolver.resolve("Tiêu đề", List.of(lead, "Từ ngày 15 đến ngày 19/12/2014, tại Hà Nội."), null, null))
                .isEqualTo(held);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            (Tài liệu phục vụ Lãnh đạo Bộ – Cục Lãnh sự lập ngày 20/12/2024) | 2024-12-18
            Quyết định ban hành ngày 20/12/2024 được triển khai.               | 2024-12-18
            """)
    void theDayADocumentWasMadeIsNotTheDayHeld(String lead, LocalDate held) {
        assertThat(resolver.resolve("Báo cáo tóm tắt", List.of(lead, "Thời gian: 8h30 ngày 18/12/2024."), null, null))
                .isEqualTo(held);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Thời gian: sáng thứ Sáu, ngày 5/7/2024.                      | 2024-07-05
            Thời gian: 8 giờ 00, sáng Thứ Tư, ngày 10/1/2024.           | 2024-01-10
            Thời gian: 5/7/2024                                          | 2024-07-05
            Thời gian: từ ngày 19 đến ngày 21/12/2023                    | 2023-12-19
            Thời gian tổ chức: 14 giờ 00 ngày 31 tháng 01 năm 2024       | 2024-01-31
            Thời gian: sáng 22/7                                         | 2024-07-22
            """)
    void aMeetingsHeaderLineGivesTheDayItWasHeld(String line, LocalDate held) {
        assertThat(resolver.labelled(List.of("Hà Nội, ngày 08 tháng 8 năm 2024", "1. Thông tin chung\n" + line),
                LocalDate.of(2024, 8, 8), MID_YEAR_2023)).contains(held);
    }

    @Test
    void withoutAMeetingsHeaderLineNoDayIsLabelled() {
        assertThat(resolver.labelled(List.of("Hà Nội, ngày 08 tháng 7 năm 2024", "Sáng 5/7, tại Huế, hội nghị khai mạc."),
                LocalDate.of(2024, 7, 8), MID_YEAR_2023)).isEmpty();
    }
}

package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.ingest.SampleReports.S000;
import static vn.baocao.ingest.SampleReports.S001;
import static vn.baocao.ingest.SampleReports.S002;
import static vn.baocao.ingest.SampleReports.S003;
import static vn.baocao.ingest.SampleReports.S004;
import static vn.baocao.ingest.SampleReports.parse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.ReportInfo;

class SampleMetadataTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            000_47e75d3c86d27e21.txt | Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023
            001_8430b1541a21d71d.txt | Đồng chí Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022
            002_0e1cf19fdeddcf6d.txt | Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao
            003_60cdc4bfe3deff94.txt | Bộ Ngoại giao cần nhạy cảm trong tham mưu, xử lý tình huống
            004_771f5d769968830d.txt | Tạo bước tiến đột phá xây dựng nền ngoại giao Việt Nam toàn diện, hiện đại
            """)
    void readsTheHeadlineOfEachSample(String file, String title) {
        assertThat(parse(file).info().title()).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            000_47e75d3c86d27e21.txt | 2023-07-05
            001_8430b1541a21d71d.txt | 2023-01-10
            002_0e1cf19fdeddcf6d.txt | 2023-01-31
            003_60cdc4bfe3deff94.txt | 2019-07-22
            004_771f5d769968830d.txt | 2025-01-06
            """)
    void datesEachSampleByTheDayItsMeetingWasHeld(String file, LocalDate held) {
        assertThat(parse(file).info().date()).isEqualTo(held);
    }

    @Test
    void extractsTheDateHeldFromDayMonthAndTheReviewedYear() {
        // "Sáng nay 6/1 … tổng kết công tác ngành ngoại giao năm 2024": January after the year reviewed
        assertThat(parse(S004).info().date()).isEqualTo(LocalDate.of(2025, 1, 6));
        // "Sáng 10/1 … tổng kết … năm 2022"
        assertThat(parse(S001).info().date()).isEqualTo(LocalDate.of(2023, 1, 10));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            000_47e75d3c86d27e21.txt | Hội nghị sơ kết công tác 6 tháng đầu năm 2023 | MID_YEAR_REVIEW | 2023
            001_8430b1541a21d71d.txt | Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 | YEAR_END_REVIEW | 2022
            002_0e1cf19fdeddcf6d.txt | Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao | WORKING_SESSION | 2023
            003_60cdc4bfe3deff94.txt | Hội nghị sơ kết công tác 06 tháng đầu năm và phương hướng công tác 06 tháng cuối năm 2019 | MID_YEAR_REVIEW | 2019
            004_771f5d769968830d.txt | Hội nghị tổng kết công tác ngành ngoại giao năm 2024 | YEAR_END_REVIEW | 2024
            """)
    void namesTheMeetingEachSampleIsAbout(String file, String name, ConferenceKind kind, int periodYear) {
        assertThat(parse(file).info().conference()).isEqualTo(new Conference(name, kind, periodYear, 0));
    }

    @Test
    void aConferenceTheLeadOnlyMentionsAsPastIsNotTheOneTheReportIsAbout() {
        // 001 recalls "Hội nghị Ngoại giao lần thứ 31"; the report is about the 2022 year-end review
        Conference conference = parse(S001).info().conference();
        assertThat(conference.kind()).isEqualTo(ConferenceKind.YEAR_END_REVIEW);
        assertThat(conference.ordinal()).isZero();
    }

    @Test
    void findsTheVenueOnlyWhenTheLeadNamesAPlace() {
        assertThat(parse(S002).info().place()).isEqualTo("Trụ sở Bộ Ngoại giao");
        // "hội nghị trực tuyến" (001, 004), "tại Hội nghị …" (003), no "tại" at all (000): no venue
        for (String file : new String[] {S000, S001, S003, S004}) {
            assertThat(parse(file).info().place()).as(file).isEmpty();
        }
    }

    @Test
    void takesTheUrlOfTheTrailingSourceLineAsUrlAndSource() {
        ReportInfo info = parse(S004).info();
        String url = "http://www.baoquangtri.vn/tao-buoc-tien-dot-pha-xay-dung-nen-ngoai-giao-viet-nam-toan-dien-hien-dai-190924.htm";
        assertThat(info.url()).isEqualTo(url);
        assertThat(info.source()).isEqualTo(url);
    }

    @Test
    void aReportWithoutUrlKeepsTheSourceItWasIngestedFrom() {
        ReportInfo info = parse(S003).info();
        assertThat(info.url()).isEmpty();
        assertThat(info.source()).isEqualTo("samples/" + S003);
    }

    @Test
    void derivesTheIdFromTheSourceAndTheContentHashFromTheCleanedText() {
        var parser = new ReportParser();
        byte[] bytes = SampleReports.bytes(S000);
        var first = parser.parse(S000, bytes, "samples/" + S000);
        var elsewhere = parser.parse(S000, bytes, "uploads/" + S000);
        assertThat(first.info().id()).isEqualTo(Digests.sha256("samples/" + S000).substring(0, 16)).hasSize(16);
        assertThat(elsewhere.info().id()).isNotEqualTo(first.info().id());
        assertThat(elsewhere.contentHash()).isEqualTo(first.contentHash()).hasSize(64);
        assertThat(parse(S001).contentHash()).isNotEqualTo(first.contentHash());
    }
}

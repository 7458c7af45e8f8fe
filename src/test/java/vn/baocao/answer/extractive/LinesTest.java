package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.ReportInfo;

class LinesTest {
    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Thứ trưởng Nguyễn Minh Vũ | BỘ NGOẠI GIAO | 4518/BC-BNG | , số 4518/BC-BNG
            Hoài Nhung                | Báo Quảng Trị | ''          | , đăng trên Báo Quảng Trị
            Hoài Nhung                | ''            | ''          | ''
            """)
    void aReportIsToldApartByItsNumberElseItsPublisher(String author, String publisher, String number, String credited) {
        ReportInfo report = new ReportInfo("r", "r.txt", "", "Tổng kết", LocalDate.of(2024, 12, 19), "", null,
                new ReportInfo.Credits(author, publisher, number));
        assertThat(Lines.credited(report)).isEqualTo(credited);
    }
}

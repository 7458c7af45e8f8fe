package vn.baocao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days as Vietnamese writes them. */
class DatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-07-22 | thứ Hai
            2023-01-31 | thứ Ba
            2023-07-05 | thứ Tư
            2025-01-09 | thứ Năm
            2025-01-10 | thứ Sáu
            2025-01-11 | thứ Bảy
            2025-01-12 | Chủ nhật
            """)
    void namesTheDayOfTheWeek(LocalDate day, String weekday) {
        assertThat(Dates.weekday(day)).isEqualTo(weekday);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-07-05 | ngày 05 tháng 7 năm 2024
            2023-12-26 | ngày 26 tháng 12 năm 2023
            2024-02-09 | ngày 09 tháng 02 năm 2024
            2025-01-15 | ngày 15 tháng 01 năm 2025
            """)
    void aLetterheadWritesADayBelowTenAndTheFirstTwoMonthsWithALeadingZero(LocalDate day, String written) {
        assertThat(Dates.asALetterheadWritesIt(day)).isEqualTo(written);
    }
}

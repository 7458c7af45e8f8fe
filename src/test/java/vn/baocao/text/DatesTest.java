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
}

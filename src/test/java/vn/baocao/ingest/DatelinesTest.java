package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thứ hai, 22/07/2019 19:00 PM - 0 Trả lời     | true
            Cập nhật: 06/01/2025 10:15 GMT+7             | true
            Thời gian: 15h00, thứ Năm, ngày 24/4/2025    | false
            Ngày 18/8/2025, Bộ Ngoại giao khai mạc.      | false
            """)
    void aPostingLineIsADatelineAndAMeetingsTimeLabelIsNot(String line, boolean dateline) {
        assertThat(Datelines.date(line).isPresent()).isEqualTo(dateline);
    }
}

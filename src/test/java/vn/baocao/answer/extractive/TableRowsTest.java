package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sentences are a table's rows, whose words the sentence above the table adds to, without an index. */
class TableRowsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Địa phương Việt Nam: Quảng Trị; Địa phương Lào: Savannakhet; Lĩnh vực: Logistics, vận tải.  | true
            Chỉ tiêu: Đoàn ra; Số lượng: 36                                                              | true
            Tại Diễn đàn, các địa phương hai nước đã ký 9 biên bản ghi nhớ hợp tác:                      | false
            Thời gian: 5/7/2023                                                                          | false
            Hội nghị bàn ba nội dung: thương mại; đầu tư; du lịch.                                        | false
            Tây Ninh, Mộc Bài: 1.150 (Năm 2020); 1.610 (Năm 2021); 930 (6 tháng đầu năm 2022).            | true
            Số đoàn cấp cao: 36.                                                                          | true
            Ông nói: hai nước cần hợp tác; 30 năm qua đã chứng minh điều đó.                              | false
            Thời gian: 5/7/2023; 8/7/2023                                                                 | false
            """)
    void aRowIsTwoOrMoreLabelledCellsOrAnItemAndItsFigures(String sentence, boolean row) {
        assertThat(CandidateFinder.isARow(sentence.strip())).isEqualTo(row);
    }
}

package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HowManyShapeTest {
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Việt Nam tổ chức Hội nghị thượng đỉnh Mỹ - Triều lần 2, trúng cử HĐBA.        | thu        | lần 2
            Theo tinh thần Hội nghị Ngoại giao lần thứ 30, ngành triển khai nhiệm vụ.    | thu        | thứ 30
            Thủ tướng yêu cầu tổng kết Nghị quyết số 18 của Ban Chấp hành Trung ương.    | so         | số 18
            Tham dự có hơn 700 đại biểu là lãnh đạo các bộ, ngành.                      | dai bieu   | hơn 700 đại biểu
            Hội nghị diễn ra trong không khí thân tình.                                 | thu        | NONE
            2. Về hội nhập kinh tế: kim ngạch đạt khoảng 432 tỷ USD.                    | kim ngach  | khoảng 432 tỷ USD
            """)
    void theAmountOfAUnitIsTheNumberThatCountsItAndTheNumberOfASeriesFollowsItsWord(String sentence, String unit,
                                                                                  String amount) {
        assertThat(HowManyShape.amount(sentence, List.of(unit)).orElse(null)).isEqualTo(amount);
    }
}

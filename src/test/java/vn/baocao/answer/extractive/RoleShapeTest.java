package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleShapeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội thảo do Thứ trưởng Đỗ Minh Tuấn và Giám đốc Đinh Quang Hưng đồng chủ trì.      | 0
            Phát biểu bế mạc, Thứ trưởng Đỗ Minh Tuấn cho biết các ý kiến sẽ được tổng hợp.   | 1
            Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị tại điểm cầu Quảng Trị.             | 1
            Thứ trưởng Đỗ Minh Tuấn phụ trách khu vực Tây Á - châu Phi.                       | 2
            """)
    void aSentenceThatSaysSomeoneChairedTellsMoreOfTheirPartThanOneThatSaysTheySpokeOrCame(String sentence, int rank) {
        assertThat(RoleShape.actRank(sentence)).isEqualTo(rank);
    }
}

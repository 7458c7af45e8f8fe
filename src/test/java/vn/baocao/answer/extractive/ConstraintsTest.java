package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstraintsTest {

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            2. Hoàn thành kho dữ liệu dùng chung của Bộ trong quý III/2024;     | 2 | true
            2) Số hóa tài liệu lưu trữ;                                        | 2 | true
            2. Hoàn thành 2 kho dữ liệu;                                        | 2 | false
            3. Hoàn thành kho dữ liệu dùng chung;                               | 2 | false
            Hai bên thống nhất 2 nội dung.                                      | 2 | false
            """)
    void aNumberAskedIsNotTheMarkOfAListsPoint(String sentence, String number, boolean onlyMark) {
        assertThat(Constraints.onlyAsItsMark(sentence, number)).isEqualTo(onlyMark);
    }
}

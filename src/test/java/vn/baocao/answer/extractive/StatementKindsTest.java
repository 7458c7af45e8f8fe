package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.lexicon.SpeechKind;

class StatementKindsTest {
    private static final List<String> SAID = List.of("Bộ trưởng đánh giá cao", "Bộ trưởng đề nghị các đơn vị",
            "Thứ trưởng cho biết", "Bộ trưởng yêu cầu ngành", "Bộ trưởng đề nghị tiếp tục");

    @Test
    void theFirstStatementsOfTheKindAskedComeFirstAndOnlyAsManyAreRead() {
        List<String> read = new ArrayList<>();
        Function<String, String> reading = s -> {
            read.add(s);
            return s;
        };

        assertThat(StatementKinds.preferAsked(SpeechKind.REQUEST, SAID, reading, 2))
                .containsExactly("Bộ trưởng đề nghị các đơn vị", "Bộ trưởng yêu cầu ngành");
        assertThat(read).hasSize(4);
    }

    @Test
    void anyStatementWillDoWhenNoKindIsAskedOrNoneIsOfIt() {
        assertThat(StatementKinds.preferAsked(null, SAID, Function.identity(), 2))
                .containsExactly("Bộ trưởng đánh giá cao", "Bộ trưởng đề nghị các đơn vị");
        assertThat(StatementKinds.preferAsked(SpeechKind.CONCLUSION, SAID, Function.identity(), 1))
                .containsExactly("Bộ trưởng đánh giá cao");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bộ trưởng biểu dương những nỗ lực         | PRAISE
            Phó Thủ tướng đánh giá cao những nỗ lực   | PRAISE
            Thủ tướng nhận định tình hình             | ASSESSMENT
            Thủ tướng đánh giá tình hình              | ASSESSMENT
            Bộ trưởng kêu gọi các đơn vị              | REQUEST
            Bộ trưởng khẳng định                      | EMPHASIS
            """)
    void tellsAStatementsKindByItsVerbTheLongestFirst(String sentence, SpeechKind kind) {
        assertThat(StatementKinds.isOf(kind, sentence)).isTrue();
        for (SpeechKind other : SpeechKind.values()) {
            if (other != kind && other != SpeechKind.SAY) {
                assertThat(StatementKinds.isOf(other, sentence)).as(other.name()).isFalse();
            }
        }
    }
}

package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

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

        assertThat(StatementKinds.preferAsked("Bộ trưởng đề nghị gì?", SAID, reading, 2))
                .containsExactly("Bộ trưởng đề nghị các đơn vị", "Bộ trưởng yêu cầu ngành");
        assertThat(read).hasSize(4);
    }

    @Test
    void aLimitedPreferenceIsTheStartOfTheFullOne() {
        for (String question : List.of("Bộ trưởng đề nghị gì?", "Bộ trưởng nói gì?", "Bộ trưởng kết luận gì?")) {
            for (int limit = 1; limit <= SAID.size() + 1; limit++) {
                List<String> full = StatementKinds.preferAsked(question, SAID, Function.identity());
                assertThat(StatementKinds.preferAsked(question, SAID, Function.identity(), limit))
                        .as(question + " limit " + limit)
                        .containsExactlyElementsOf(full.subList(0, Math.min(limit, full.size())));
            }
        }
    }
}

package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.index.Fields;

/** The bonuses a question's reading adds to the passages that match it, read off the query without an index. */
class IntentQueryTest {
    private final QuestionReader reader = new QuestionReader(List.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bao cao 10 nam NGKT neu nhung han che nao          | true
            Báo cáo nêu những khó khăn nào?                    | true
            BT đề nghị ngành NG làm những việc gì?             | false
            Ai chủ trì hội nghị tổng kết năm 2022?             | false
            """)
    void aListOfANamedKindOfThingPrefersThePassagesThatNameIt(String question, boolean bonus) {
        Intent intent = reader.read(question);
        String bonuses = String.valueOf(IntentQuery.of(intent).orElseThrow().bonuses());
        String pair = intent.unit().size() >= 2 ? intent.unit().get(0) + " " + intent.unit().get(1) : "-";
        assertThat(bonuses.contains(Fields.FOLD2 + ":" + pair)).isEqualTo(bonus);
    }
}

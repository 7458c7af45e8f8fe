package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.lexicon.SpeechKind;
import vn.baocao.report.Passage;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Statement;

/** Which sayings are of the kind a "who said" question asks ("ai trình bày báo cáo …"), by verb or sentence. Without an index. */
class SayingsOfTheKindAskedTest {
    private static final ReportInfo REPORT = new ReportInfo("r", "r.txt", "", "Hội nghị lãnh sự", LocalDate.of(2019, 1, 10), "", null);
    private static final Person HEAD = new Person("Mai Xuân Kiên", "Cục trưởng Cục Lãnh sự");

    @ParameterizedTest(name = "{0} / {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            REPORT  | trình bày | Cục trưởng trình bày báo cáo tổng kết.                 | true
            REPORT  | đề nghị   | Cục trưởng đề nghị tăng cường phối hợp.                | false
            REPORT  | ''        | Cục trưởng Mai Xuân Kiên báo cáo kết quả công tác.     | true
            REQUEST | đề nghị   | Cục trưởng đề nghị tăng cường phối hợp.                | true
            NONE    | trình bày | Cục trưởng trình bày báo cáo tổng kết.                 | false
            """)
    void aSayingIsOfTheKindAskedByItsVerbOrWithoutOneItsSentence(String kind, String verb, String sentence, boolean asked) {
        Statement s = new Statement(new Passage(REPORT, 0, sentence, List.of(HEAD)), HEAD, verb, sentence);
        assertThat(WhoSaidRoute.isOfTheKindAsked(kind.equals("NONE") ? null : SpeechKind.valueOf(kind), s)).isEqualTo(asked);
    }
}

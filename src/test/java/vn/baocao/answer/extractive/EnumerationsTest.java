package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;

/** Which sentences go on with a list an answering sentence opens, without an index. */
class EnumerationsTest {
    private static final ReportInfo REPORT = new ReportInfo("r", "r.txt", "", "Hội nghị", LocalDate.of(2018, 12, 14), "", null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Phó Thủ tướng đề nghị tập trung vào bốn nhóm nhiệm vụ. Một là, nâng cao nhận thức. Hai là, gắn với địa phương. Hội nghị bế mạc. | 2
            Bộ Ngoại giao kiến nghị hai việc./a) Sớm ban hành quy chế phối hợp./b) Bổ sung kinh phí bảo hộ./Hội nghị bế mạc.             | 2
            Bộ Ngoại giao kiến nghị hai việc. 1) Sớm ban hành quy chế phối hợp. 2) Bổ sung kinh phí bảo hộ. Hội nghị bế mạc.             | 2
            Thứ nhất, giữ vững hòa bình. Thứ hai, phát triển kinh tế. Thứ ba, nâng cao vị thế.                                                 | 2
            Hội nghị đã thành công tốt đẹp. Một là, không liên quan.                                                                            | 0
            Bộ trưởng nêu rõ ba nhiệm vụ. Các đại biểu đồng tình.                                                                               | 0
            1. Thời gian, địa điểm, hình thức/a) Thời gian: ngày 12/01/2018./b) Địa điểm: Trụ sở Bộ./c) Hình thức: trực tiếp./2. Thành phần | 3
            Kết quả nổi bật/- Hội đồng Bảo an: tròn vai./- ASEAN: thành công./Hội nghị bế mạc.                                                 | 2
            Hội nghị đã thành công tốt đẹp/Các đại biểu ra về.                                                                                  | 0
            """)
    void quotesThePointsAfterASentenceThatOpensAList(String written, int points) {
        // '/' is a line break: points on lines of their own
        String text = written.replace('/', '\n');
        Passage passage = new Passage(REPORT, 0, text, List.of());
        String first = vn.baocao.text.Sentences.split(text).getFirst();
        Candidate c = new Candidate(passage, 0, first, List.of(), null, 0, 1, 1);
        assertThat(Enumerations.following(c)).hasSize(points);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị thống nhất ba nhiệm vụ. Một là, giữ hòa bình. Hai là, phát triển kinh tế. Ba là, nâng vị thế. Hội nghị bế mạc. | Hai là | 4
            Thứ nhất, giữ hòa bình. Thứ hai, phát triển kinh tế. Thứ ba, nâng vị thế.                                            | Thứ ba | 3
            Hội nghị bế mạc. Hai là, một câu lạc lõng.                                                                              | Hai là | 0
            """)
    void givesTheWholeListAPointBelongsTo(String text, String pointStart, int sentences) {
        Passage passage = new Passage(REPORT, 0, text, List.of());
        String point = vn.baocao.text.Sentences.split(text).stream().filter(s -> s.startsWith(pointStart)).findFirst().orElseThrow();
        Candidate c = new Candidate(passage, 0, point, List.of(), null, 0, 1, 1);
        assertThat(Enumerations.around(c)).hasSize(sentences);
    }
}

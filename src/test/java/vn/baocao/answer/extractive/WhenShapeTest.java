package vn.baocao.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.search.DateGrain;

/** Which date of a sentence answers "khi nào?" at the precision asked: table-driven, no index. */
class WhenShapeTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            Hội nghị diễn ra ngày 5/7/2023 tại Hà Nội.                       | ANY   | ngày 5/7/2023
            Bộ sẽ đưa Cổng vào vận hành trong quý I/2024.                     | ANY   | quý I/2024
            Dự thảo trình Chính phủ trong quý 3 năm 2024.                     | ANY   | quý 3 năm 2024
            Cổng vận hành trong quý I/2024, chính thức từ tháng 4/2024.       | MONTH | tháng 4/2024
            Cổng vận hành trong quý I/2024.                                   | DAY   | ''
            Ông giữ chức vụ này từ tháng 12/2023.                             | ANY   | tháng 12/2023
            Đây là quyết định quan trọng.                                     | ANY   | ''
            """)
    void aSentencesDateAnswersAtThePrecisionAsked(String sentence, DateGrain grain, String date) {
        assertThat(WhenShape.dateIn(sentence, grain, Set.of()).orElse("")).isEqualTo(date);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            hoan thien ke hoach                   | tháng 2/2018
            lan thu 5 my latinh                   | năm 2020
            dien dan doanh nghiep                 | năm 2018
            ''                                    | tháng 2/2018
            """)
    void ofASentenceOfClausesTheDateOfTheClauseSpeakingOfTheQuestionAnswers(String topic, String date) {
        String sentence = "Vụ Châu Mỹ đề xuất: (a) hoàn thiện Kế hoạch hành động trong tháng 2/2018; (b) tổ chức Diễn đàn doanh "
                + "nghiệp Việt Nam – Mỹ Latinh trong năm 2018; (c) tổ chức Hội nghị Trưởng Cơ quan đại diện khu vực Mỹ Latinh "
                + "lần thứ 5 vào năm 2020.";
        Set<String> words = topic.isEmpty() ? Set.of() : Set.of(topic.split(" "));
        assertThat(WhenShape.dateIn(sentence, DateGrain.ANY, words)).contains(date);
    }
}

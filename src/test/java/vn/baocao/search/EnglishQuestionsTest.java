package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishQuestionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who chaired the 2019 mid-year review?                                       | true
            Phạm Bình Minh led the 27th Diplomatic Conference; what were its dates?      | true
            What did Bùi Thanh Sơn say at the 2024 review in Hà Nội?                   | true
            Phạm Bình Minh chủ trì hội nghị nào?                                         | false
            ai chu tri hoi nghi so ket 2019                                             | false
            """)
    void aQuestionIsEnglishByItsOtherWordsWhateverItsNamesDiacritics(String question, boolean english) {
        assertThat(EnglishQuestions.toVietnamese(question).isPresent()).isEqualTo(english);
    }
}

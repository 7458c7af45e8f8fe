package vn.baocao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterviewsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thưa Thứ trưởng, xin ông cho biết những nét chính?                        | true
            Phóng viên (Báo Thanh Niên): Theo một số nguồn tin, ngày 20/11 có sự cố.  | true
            PV: Ông đánh giá thế nào.                                               | true
            Hỏi: Việt Nam phản ứng ra sao.                                          | true
            Người Phát ngôn Phạm Thu Hằng: Việt Nam kiên quyết phản đối.            | false
            Phóng viên nước ngoài được tạo điều kiện tác nghiệp.                    | false
            """)
    void aTurnAsksWhenItEndsWithAQuestionMarkOrTheInterviewersLabelOpensIt(String sentence, boolean asks) {
        assertThat(Interviews.asks(sentence)).isEqualTo(asks);
    }
}

package vn.baocao.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAfterTerminatorsBeforeACapital() {
        assertThat(Sentences.split("Hội nghị khai mạc. Bộ trưởng phát biểu! Ai chủ trì?"))
                .containsExactly("Hội nghị khai mạc.", "Bộ trưởng phát biểu!", "Ai chủ trì?");
    }

    @Test
    void keepsNumbersAbbreviationsAndLowerCaseContinuationsTogether() {
        assertThat(Sentences.split("Kim ngạch đạt 1.000 tỷ USD tại TP. Hồ Chí Minh. Trong đó... một phần."))
                .containsExactly("Kim ngạch đạt 1.000 tỷ USD tại TP. Hồ Chí Minh.", "Trong đó... một phần.");
    }

    @Test
    void keepsTheNumberOfAPointWithItsText() {
        assertThat(Sentences.split("3. Phó Chủ tịch tỉnh kiến nghị hỗ trợ. IV. KẾT LUẬN CỦA HỘI NGHỊ"))
                .containsExactly("3. Phó Chủ tịch tỉnh kiến nghị hỗ trợ.", "IV. KẾT LUẬN CỦA HỘI NGHỊ");
        assertThat(Sentences.split("Kết quả đạt 6. Năm sau tăng.")).containsExactly("Kết quả đạt 6.", "Năm sau tăng.");
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        assertThat(Sentences.split("Ông nói: “Phải làm ngay.” Sau đó hội nghị bế mạc."))
                .containsExactly("Ông nói: “Phải làm ngay.”", "Sau đó hội nghị bế mạc.");
    }

    @Test
    void returnsNothingForBlankText() {
        assertThat(Sentences.split("  ")).isEmpty();
    }
}

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
    void aPointOfAListOnItsOwnLineStartsASentenceWithItsNumber() {
        assertThat(Sentences.split("Bốn việc trọng tâm:\n1. Chuẩn bị WEF ASEAN\n2. Vận động ứng cử.\n- Một ý\nb) Ý khác"))
                .containsExactly("Bốn việc trọng tâm:", "1. Chuẩn bị WEF ASEAN", "2. Vận động ứng cử.", "- Một ý", "b) Ý khác");
        assertThat(Sentences.split("Tăng trưởng đạt\n6,5% so với năm trước.")).containsExactly("Tăng trưởng đạt\n6,5% so với năm trước.");
    }

    @Test
    void aTableRowOnItsOwnLineStartsASentence() {
        assertThat(Sentences.split("Kim ngạch thương mại năm 2023\nThái Lan: 19,6 (tỷ USD).\nCampuchia: 10,1 (tỷ USD)."))
                .containsExactly("Kim ngạch thương mại năm 2023", "Thái Lan: 19,6 (tỷ USD).", "Campuchia: 10,1 (tỷ USD).");
        assertThat(Sentences.split("Kim ngạch đạt\n19,6 tỷ USD: tăng 2,4%.")).containsExactly("Kim ngạch đạt\n19,6 tỷ USD: tăng 2,4%.");
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

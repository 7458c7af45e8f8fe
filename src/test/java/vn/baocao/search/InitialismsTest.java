package vn.baocao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class InitialismsTest {
    @ParameterizedTest(name = "{0} in \"{1}\" → {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            tccs | Đảng bộ có 58 tổ chức cơ sở đảng trực thuộc.                    | to chuc co so
            dv   | Kết nạp 120 đảng viên mới trong nhiệm kỳ.                        | dang vien
            tnmt | Bộ Tài nguyên và Môi trường đề nghị tăng cường hợp tác.          | tai nguyen va moi truong
            clb  | Chủ tịch Câu lạc bộ cựu Đại sứ phát biểu.                         | cau lac bo
            gghb | Hơn 800 lượt cán bộ tham gia gìn giữ hòa bình Liên hợp quốc.      | gin giu hoa binh
            csdl | Xây dựng cơ sở, dữ liệu chưa có.                                  | NONE
            pctn | Hội nghị tổng kết công tác phòng, chống tham nhũng năm 2024.      | phong chong tham nhung
            pgcm | Hội nghị sơ kết công tác phân giới, cắm mốc biên giới đất liền.   | phan gioi cam moc
            nn   | Thăm chính thức Lào, nhận lời mời.                                | NONE
            nn   | Nước Lào và nhân dân Lào.                                         | NONE
            qhng | Kỷ niệm 50 năm thiết lập quan hệ ngoại giao với Nhật Bản.         | quan he ngoai giao
            ldtbxh | Đại diện Bộ Lao động - Thương binh và Xã hội đề nghị.         | lao dong thuong binh va xa hoi
            khdt | Bộ Kế hoạch và Đầu tư phối hợp.                                  | ke hoach va dau tu
            ldvl | Lao động - việc làm.                                             | lao dong viec lam
            tbh  | Thương binh - xã hội.                                            | NONE
            """)
    void shorthandIsThePhraseWhoseSyllablesStartWithItsLettersInOneClause(String initials, String passage, String phrase) {
        assertThat(Initialisms.expand(initials, List.of(passage)).orElse(null)).isEqualTo(phrase);
    }

    @Test
    void aPhraseInTheBetterRankedPassagesWinsOverOneFurtherDown() {
        List<String> passages = List.of("Thăm chính thức 7 nước ngoài.", "Nhà nước và nhân dân.", "Nhà nước ghi nhận.");
        assertThat(Initialisms.expand("nn", passages)).contains("nuoc ngoai");
        assertThat(Initialisms.expand("nn", List.of(passages.get(1), passages.get(0), passages.get(2)))).contains("nha nuoc");
    }

    @Test
    void everyDistinctPhraseOfAPassageIsFoundOnce() {
        assertThat(Initialisms.phrasesIn("nn", "Nhà nước, nước ngoài và nhà nước.")).containsExactly("nha nuoc", "nuoc ngoai");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            dv     | true
            tccs   | true
            qhngk  | true
            qhngkt | true
            a      | false
            qhngktx | false
            g20    | false
            """)
    void shorthandIsTwoToSixFoldedLetters(String word, boolean shorthand) {
        assertThat(Initialisms.couldBe(word)).isEqualTo(shorthand);
    }

    @Test
    void aWordThatCannotBeShorthandIsRejectedWithItsValue() {
        assertThatThrownBy(() -> Initialisms.expand("g20", List.of("x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("g20");
    }
    @Test
    void aPhraseWrittenOnlyAfterAFunctionWordIsNoTermsInitials() {
        List<String> passages = List.of("Các đại sứ dự lễ.", "Ban Chỉ đạo chuyển đổi số của Bộ.");
        assertThat(Initialisms.expand("cds", passages)).contains("chuyen doi so");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            the province's passages outweigh                | Đoàn tới tỉnh Quảng Trị. / Quảng Trị mời gọi đầu tư. / Hợp tác quốc tế. | Quảng Trị
            international outweighs                         | Hội thảo quốc tế. / Luật quốc tế. / Đoàn tới tỉnh Quảng Trị.          | NONE
            the usual phrase is in no passage               | Đoàn tới tỉnh Quảng Trị. / Quảng Trị mời gọi đầu tư.                  | NONE
            capitalised but never after a place word        | Quỹ Toàn cầu và Quang Trung. / Quang Trung nói. / Hợp tác quốc tế.     | NONE
            """)
    void twoLettersStandForAPlaceOnlyWhereThePassagesNameItMoreThanTheUsualPhrase(String why, String passages, String place) {
        assertThat(Initialisms.nameOver("qt", "quoc te", List.of(passages.split(" / "))).orElse(null)).isEqualTo(place);
    }
}

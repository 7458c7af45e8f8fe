package vn.baocao.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;

class DigestTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Phát huy mạnh mẽ bản sắc “cây tre Việt Nam”, giữ vững thế ổn định.                         | true
            Ngoại vụ địa phương là "cánh tay nối dài" của ngành Ngoại giao.                              | true
            Hội nghị với chủ đề "Phát huy vai trò tiên phong của đối ngoại, góp phần thực hiện thắng lợi". | false
            Chiến dịch “Xanh” được phát động đến cuối tháng.                                             | false
            Công tác đối ngoại đạt nhiều kết quả quan trọng.                                             | false
            """)
    void aSentenceCoinsAPhraseWhenItQuotesTwoToSixWords(String text, boolean coins) {
        assertThat(Digest.coins(sentence(text))).isEqualTo(coins);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tham dự có đồng chí Phạm Minh Chính; hơn 700 đại biểu là lãnh đạo các bộ, ban, ngành.   | true
            Thành phần Tham dự có 27 Đại sứ và 14 đại diện cơ quan đại diện.                      | true
            Hội nghị có khoảng 320 học viên đến từ 63 tỉnh, thành phố.                             | true
            Kim ngạch xuất nhập khẩu đạt 700 tỷ USD.                                             | false
            Bộ Ngoại giao đã tổ chức 27 hoạt động đối ngoại cấp cao.                              | false
            """)
    void aSentenceCountsPeopleWhenANumberIsFollowedByWhoIsCountedOrOpensTheListOfAttendees(String text, boolean counts) {
        assertThat(Digest.countsPeople(sentence(text))).isEqualTo(counts);
    }

    private static Sentence sentence(String text) {
        ReportInfo report = new ReportInfo("r", "r.txt", "", "Hội nghị", LocalDate.of(2024, 1, 10), "", null);
        return Sentence.of(new Passage(report, 0, text, List.of()), text, null);
    }
}

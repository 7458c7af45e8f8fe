package vn.baocao.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClausesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            - Năm Chủ tịch ASEAN 2020: Việt Nam tổ chức thành công Hội nghị Cấp cao.  | Năm Chủ tịch ASEAN 2020: Việt Nam tổ chức thành công Hội nghị Cấp cao.
            2. về kết quả: công tác ngoại vụ được triển khai.                        | Về kết quả: công tác ngoại vụ được triển khai.
            b) Địa điểm: Trụ sở Bộ Ngoại giao.                                      | Địa điểm: Trụ sở Bộ Ngoại giao.
            Năm 2020, ngành Ngoại giao vượt khó.                                    | Năm 2020, ngành Ngoại giao vượt khó.
            'Nhiều dấu ấn nổi bật\nTrình bày báo cáo, Thứ trưởng cho biết kết quả.' | Trình bày báo cáo, Thứ trưởng cho biết kết quả.
            """)
    void aSentenceStandingAloneLosesTheMarkOfItsReportsListAndIsCapitalised(String sentence, String bullet) {
        assertThat(Clauses.alone(sentence)).isEqualTo(bullet);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Công tác ngoại giao kinh tế được đẩy mạnh, đóng góp thiết thực vào ổn định kinh tế vĩ mô, thúc đẩy nền kinh tế phục hồi mạnh mẽ, thu hút đầu tư, du lịch, mở rộng kim ngạch xuất nhập khẩu vượt mốc kỷ lục 700 tỷ USD. | Công tác ngoại giao kinh tế được đẩy mạnh, đóng góp thiết thực vào ổn định kinh tế vĩ mô, thúc đẩy nền kinh tế phục hồi mạnh mẽ, thu hút đầu tư, du lịch, mở rộng kim ngạch xuất nhập khẩu vượt mốc kỷ lục 700 tỷ USD.
            Bộ trưởng Ngoại giao Bùi Thanh Sơn đánh giá năm 2022, công tác đối ngoại đã góp phần tiếp tục củng cố vững chắc cục diện đối ngoại thuận lợi cho giữ vững môi trường hòa bình, ổn định, phát triển đất nước và bảo vệ Tổ quốc. | Bộ trưởng Ngoại giao Bùi Thanh Sơn đánh giá năm 2022, công tác đối ngoại đã góp phần tiếp tục củng cố vững chắc cục diện đối ngoại thuận lợi cho giữ vững môi trường hòa bình, ổn định…
            """)
    void aLongSentenceIsCutAfterAClauseUnlessTheClausesCutHoldItsNumber(String sentence, String bullet) {
        assertThat(Clauses.shortened(sentence)).isEqualTo(bullet);
    }
}

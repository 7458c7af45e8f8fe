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
            """)
    void aSentenceStandingAloneLosesTheMarkOfItsReportsListAndIsCapitalised(String sentence, String bullet) {
        assertThat(Clauses.alone(sentence)).isEqualTo(bullet);
    }
}

package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a reader's title gives way to an official document's own name. */
class OfficialTitlesTest {
    @ParameterizedTest(name = "hint \"{0}\" before \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | Biên bản buổi làm việc của Phó Thủ tướng với Học viện Ngoại giao | true
            BIÊN BẢN                    | Biên bản buổi làm việc của Phó Thủ tướng với Học viện Ngoại giao | true
            BÁO CÁO                     | Báo cáo kết quả Lễ ký kết Chương trình phối hợp                   | true
            Lễ ký kết ở Quảng Trị       | Báo cáo kết quả Lễ ký kết Chương trình phối hợp                   | false
            """)
    void aReadersTitleThatIsOnlyTheDocumentsKindGivesWayToItsName(String hint, String title, boolean less) {
        assertThat(ReportAssembler.saysLess(hint, title)).isEqualTo(less);
    }
}

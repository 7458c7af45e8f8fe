package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceLineTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Nguồn Quảng Trị: http://www.baoquangtri.vn/tao-buoc-190924.htm   | http://www.baoquangtri.vn/tao-buoc-190924.htm | Quảng Trị
            Theo Báo Quốc tế: https://baoquocte.vn/a-1.html.                 | https://baoquocte.vn/a-1.html                 | Báo Quốc tế
            Nguồn: https://mofa.gov.vn/x                                     | https://mofa.gov.vn/x                         | ''
            Xem bài gốc tại: https://vnexpress.net/y                         | https://vnexpress.net/y                       | ''
            https://thoibaohoinhap.vn/z                                      | https://thoibaohoinhap.vn/z                   | ''
            Nguồn tin từ Bộ Ngoại giao cho biết hội nghị diễn ra tốt đẹp.    | NONE                                          | ''
            """)
    void readsTheAddressAndThePaperASourceLineNames(String line, String url, String publisher) {
        assertThat(SourceLine.url(line).orElse(null)).isEqualTo(url);
        assertThat(SourceLine.publisher(line)).isEqualTo(publisher);
    }
}

package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.report.ReportInfo;

/** Who wrote and published a plain-text report, read from the byline that ends it. */
class BylineCreditsTest {
    private static final String STORY = "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao\n\n"
            + "Ngày 5/7, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023.\n\n"
            + "Bộ trưởng Bùi Thanh Sơn chủ trì Hội nghị và phát biểu kết luận.\n\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hồng Nhung – Tuấn Anh (TTXVN)   | Hồng Nhung – Tuấn Anh | TTXVN
            Minh Ngọc (thực hiện)            | Minh Ngọc             | ''
            B.T.V (Theo VGP)                 | B.T.V                 | VGP
            Vi Trường                        | Vi Trường             | ''
            """)
    void readsTheAuthorAndThePublisherFromTheClosingByline(String byline, String author, String publisher) {
        byte[] text = (STORY + byline + "\n").getBytes(StandardCharsets.UTF_8);
        ReportInfo info = new ReportParser().parse("r.txt", text, "r.txt").info();
        assertThat(info.credits()).isEqualTo(new ReportInfo.Credits(author, publisher, ""));
    }
}

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Quang cảnh Hội nghị. Ảnh: TG&VN                                          | TG&VN
            Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị tại điểm cầu Quảng Trị - Ảnh: H.N | H.N
            Quang cảnh Hội nghị. (Nguồn: Bộ Ngoại giao)                              | Bộ Ngoại giao
            Bộ trưởng phát biểu. Ảnh: VGP.                                            | VGP
            Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao - Ảnh 1.         | ''
            """)
    void readsWhomAPhotoCaptionCreditsAndIndexesNoCaption(String caption, String photos) {
        byte[] text = (STORY + caption + "\n\nVi Trường\n").getBytes(StandardCharsets.UTF_8);
        var report = new ReportParser().parse("r.txt", text, "r.txt");
        assertThat(report.info().credits().photos()).isEqualTo(photos);
        assertThat(report.passages()).noneMatch(p -> p.text().contains(caption.substring(0, 20)));
    }
}

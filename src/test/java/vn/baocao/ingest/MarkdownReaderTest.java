package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Person;
import vn.baocao.report.Report;

class MarkdownReaderTest {

    @Test
    void stripsTheSyntaxAndKeepsTheWords() throws IOException {
        RawDocument document = new MarkdownReader().read("report.md", Files.readAllBytes(Fixtures.path("report.md")));
        assertThat(document.titleHint()).isEqualTo("Bộ Ngoại giao tổng kết công tác năm 2023");
        assertThat(document.blocks()).containsExactly(
                new Block("Bộ Ngoại giao tổng kết công tác năm 2023", true),
                Block.paragraph("Sáng 8/1, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ "
                        + "năm 2024. Thủ tướng Chính phủ Phạm Minh Chính dự và chỉ đạo Hội nghị, với sự tham dự của lãnh đạo "
                        + "các bộ, ngành, địa phương và các cơ quan đại diện ở nước ngoài."),
                new Block("Kết quả năm 2023", true),
                Block.paragraph("Năm 2023, công tác đối ngoại đã được triển khai đồng bộ, sáng tạo, hiệu quả, góp phần củng "
                        + "cố môi trường hoà bình, ổn định và nâng cao vị thế, uy tín quốc tế của đất nước."),
                Block.paragraph("- Quan hệ với các đối tác lớn được nâng tầm, đi vào chiều sâu và ổn định lâu dài."),
                Block.paragraph("- Ngoại giao kinh tế hỗ trợ hiệu quả các địa phương và doanh nghiệp mở rộng thị trường."),
                new Block("Chỉ đạo của Thủ tướng", true),
                Block.paragraph("Thủ tướng yêu cầu ngành ngoại giao tiếp tục đổi mới tư duy, chủ động tham mưu chiến lược "
                        + "và phát huy vai trò tiên phong trong giai đoạn phát triển mới của đất nước."),
                Block.paragraph("Phụ lục: số liệu chi tiết kèm theo báo cáo."));
    }

    @Test
    void aListItemKeepsItsNumberOrADashAsThePointOfAListItIs() {
        byte[] markdown = "Bốn việc trọng tâm:\n\n1. Chuẩn bị WEF ASEAN.\n2) Vận động ứng cử.\n* Một ý.\n+ Ý khác.\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new MarkdownReader().read("a.md", markdown).blocks()).containsExactly(
                Block.paragraph("Bốn việc trọng tâm:"), Block.paragraph("1. Chuẩn bị WEF ASEAN."),
                Block.paragraph("2. Vận động ứng cử."), Block.paragraph("- Một ý."), Block.paragraph("- Ý khác."));
    }

    @Test
    void aPipeTableIsReadRowByRowEachCellAfterItsHeading() {
        byte[] markdown = """
                Chương trình các phiên:

                | Phiên | Ngày | Chủ trì |
                |---|:---:|---|
                | Khai mạc | 18/12 | Bộ trưởng **Bùi Thanh Sơn** |
                | Chuyên đề ngoại giao kinh tế | 18/12 | Thứ trưởng Nguyễn Minh Vũ |

                | Khu vực | Số vụ việc |
                | --- | ---: |
                | Châu Á | 1.245 |
                | A \\| B | 12 |
                Hết.
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(new MarkdownReader().read("a.md", markdown).blocks()).containsExactly(
                Block.paragraph("Chương trình các phiên:"),
                Block.tableRow("Phiên: Khai mạc; Ngày: 18/12; Chủ trì: Bộ trưởng Bùi Thanh Sơn."),
                Block.tableRow("Phiên: Chuyên đề ngoại giao kinh tế; Ngày: 18/12; Chủ trì: Thứ trưởng Nguyễn Minh Vũ."),
                Block.tableRow("Châu Á: 1.245 (Số vụ việc)."),
                Block.tableRow("A | B: 12 (Số vụ việc)."),
                Block.paragraph("Hết."));
    }

    @Test
    void aRowsNumberIsLeftOutAndAColumnOfNumbersSaysWhatItCountsOnlyWhenItsHeadingDoes() {
        byte[] markdown = """
                | STT | Năm | Di sản |
                |---|---|---|
                | 1 | 2021 | Nghệ thuật Xòe Thái |

                | Năm | Danh hiệu UNESCO | Hoạt động quảng bá |
                |---|---|---|
                | 2023 | 5 | 176 |

                | Chỉ tiêu | Kết quả |
                |---|---|
                | Số đoàn cấp cao | 36 |
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(new MarkdownReader().read("a.md", markdown).blocks()).extracting(Block::text).containsExactly(
                "Năm: 2021; Di sản: Nghệ thuật Xòe Thái.",
                "Năm: 2023; Danh hiệu UNESCO: 5; Hoạt động quảng bá: 176.",
                "Số đoàn cấp cao: 36.");
    }

    @Test
    void stripsInlineMarkupWithinALine() {
        byte[] markdown = "Một **đậm**, _nghiêng_, `mã`, [liên kết](http://a.vn), ![ảnh](b.png) \\*sao\\* và <br>hết."
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new MarkdownReader().read("a.md", markdown).blocks())
                .containsExactly(Block.paragraph("Một đậm, nghiêng, mã, liên kết, *sao* và hết."));
    }

    @Test
    void aMarkdownReportGetsItsTitleDateMeetingAndPeople() {
        Report report = new ReportParser().parse(Fixtures.path("report.md"));
        assertThat(report.info().title()).isEqualTo("Bộ Ngoại giao tổng kết công tác năm 2023");
        assertThat(report.info().date()).isEqualTo(LocalDate.of(2024, 1, 8));
        assertThat(report.info().conference().kind()).isEqualTo(ConferenceKind.YEAR_END_REVIEW);
        assertThat(report.passages()).hasSize(3);
        assertThat(report.passages().get(2).text()).startsWith("Chỉ đạo của Thủ tướng\nThủ tướng yêu cầu");
        assertThat(report.passages().get(2).people()).containsExactly(new Person("Phạm Minh Chính", "Thủ tướng Chính phủ"));
    }

    @Test
    void frontMatterIsTheDocumentsTitleDateAndAddressNeverItsText() {
        byte[] markdown = ("---\ntitle: \"Khai mạc Hội nghị Ngoại giao lần thứ 30\"\ndate: 2018-12-17\n"
                + "url: https://ngoaivu.example/hnng30\nauthor: \"Thanh Hà\"\ntags: [ngoại giao]\n---\n\n"
                + "# Tiêu đề trong bài\n\nSáng 17/12, Bộ Ngoại giao khai mạc Hội nghị Ngoại giao lần thứ 30.\n")
                .getBytes(StandardCharsets.UTF_8);
        RawDocument document = new MarkdownReader().read("a.md", markdown);
        assertThat(document.titleHint()).isEqualTo("Khai mạc Hội nghị Ngoại giao lần thứ 30");
        assertThat(document.dateHint()).isEqualTo(LocalDate.of(2018, 12, 17));
        assertThat(document.urlHint()).isEqualTo("https://ngoaivu.example/hnng30");
        assertThat(document.credits()).isEqualTo(new vn.baocao.report.ReportInfo.Credits("Thanh Hà", "", ""));
        assertThat(document.blocks()).containsExactly(new Block("Tiêu đề trong bài", true),
                Block.paragraph("Sáng 17/12, Bộ Ngoại giao khai mạc Hội nghị Ngoại giao lần thứ 30."));
        byte[] rule = "---\nMột đoạn văn sau đường kẻ.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(new MarkdownReader().read("b.md", rule).blocks()).containsExactly(Block.paragraph("Một đoạn văn sau đường kẻ."));
    }

    @Test
    void aQuotedFrontMatterValueHasItsEscapesUndone() {
        byte[] markdown = ("---\ntitle: \"Hội thảo \\\"Ngoại giao văn hóa\\\" tại Ninh Bình\"\n"
                + "author: 'Vụ Ngoại giao Văn hóa và UNESCO''s desk'\n---\n\nNội dung.\n").getBytes(StandardCharsets.UTF_8);
        RawDocument document = new MarkdownReader().read("a.md", markdown);
        assertThat(document.titleHint()).isEqualTo("Hội thảo \"Ngoại giao văn hóa\" tại Ninh Bình");
        assertThat(document.credits().author()).isEqualTo("Vụ Ngoại giao Văn hóa và UNESCO's desk");
    }
}

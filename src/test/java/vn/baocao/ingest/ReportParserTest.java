package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.report.Report;

class ReportParserTest {
    private static final String REPORT = "Bộ Ngoại giao tổng kết công tác năm 2022\n\n"
            + "Sáng 10/1, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theSourceIsThePathAsGivenAndTheIdHashesTheAbsoluteNormalisedPath() throws IOException {
        Path file = write("bao-cao.txt", REPORT);
        Path roundabout = Files.createDirectory(dir.resolve("khac")).resolve("..").resolve("bao-cao.txt");
        Report report = new ReportParser().parse(roundabout);
        assertThat(report.info().source()).isEqualTo(roundabout.toString());
        assertThat(report.info().id()).isEqualTo(Digests.sha256(file.toAbsolutePath().normalize().toString()).substring(0, 16));
        assertThat(new ReportParser().parse(file).info().id()).isEqualTo(report.info().id());
    }

    @Test
    void parsingTheSameFileTwiceGivesTheSameReport() throws IOException {
        Path file = write("bao-cao.txt", REPORT);
        assertThat(new ReportParser().parse(file)).isEqualTo(new ReportParser().parse(file));
    }

    @Test
    void theFormatComesFromTheExtensionWhateverItsCase() throws IOException {
        Report report = new ReportParser().parse(write("BAO-CAO.TXT", REPORT));
        assertThat(report.info().title()).isEqualTo("Bộ Ngoại giao tổng kết công tác năm 2022");
        assertThat(ReportParser.supports("a.PDF")).isTrue();
        assertThat(ReportParser.supports("a.htm")).isTrue();
        assertThat(ReportParser.supports("a.xlsx")).isFalse();
        assertThat(ReportParser.supports("README")).isFalse();
    }

    @Test
    void anUnsupportedExtensionIsRefusedBeforeReading() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("bang-tinh.xlsx"), "not read");
        assertThatThrownBy(() -> new ReportParser().parse(file)).isInstanceOf(IngestException.class)
                .hasMessage("Cannot ingest " + file + ": unsupported file type (supported: .txt, .md, .markdown, .html, .htm, .pdf, .docx, .eml)");
    }

    @Test
    void aMissingFolderIsNotAnUnsupportedFile() {
        Path folder = dir.resolve("bao-cao-2023");
        assertThatThrownBy(() -> new ReportParser().parse(folder)).isInstanceOf(IngestException.class)
                .hasMessage("Cannot ingest " + folder + ": unreadable: no such file or folder");
    }

    @Test
    void aMissingFileIsUnreadable() {
        Path file = dir.resolve("khong-co.txt");
        assertThatThrownBy(() -> new ReportParser().parse(file)).isInstanceOf(IngestException.class)
                .hasMessage("Cannot ingest " + file + ": unreadable: no such file")
                .satisfies(e -> assertThat(((IngestException) e).file()).isEqualTo(file.toString()));
    }

    @Test
    void aDirectoryIsUnreadable() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("thu-muc.txt"));
        assertThatThrownBy(() -> new ReportParser().parse(folder)).isInstanceOf(IngestException.class)
                .hasMessageContaining(folder.toString()).hasMessageContaining("directory");
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws IOException {
        Path file = write("lon.txt", REPORT);
        assertThatThrownBy(() -> new ReportParser(100).parse(file)).isInstanceOf(IngestException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("too large").hasMessageContaining("limit is 100");
        assertThatThrownBy(() -> new ReportParser(100).parse("lon.txt", new byte[101], "uploads/lon.txt"))
                .isInstanceOf(IngestException.class).hasMessageContaining("uploads/lon.txt").hasMessageContaining("too large");
    }

    @Test
    void binaryContentInATextFileIsNotText() throws IOException {
        Path file = Files.write(dir.resolve("nhi-phan.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        assertThatThrownBy(() -> new ReportParser().parse(file)).isInstanceOf(IngestException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a text file");
    }

    @Test
    void aPageOfChromeOnlyLeavesNoText() throws IOException {
        Path file = write("trang-rong.txt", "Đăng nhập\nThống kê truy cập\n• Hôm nay: 3\nZalo\n");
        assertThatThrownBy(() -> new ReportParser().parse(file)).isInstanceOf(IngestException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("no text left");
    }

    @Test
    void aHeadlineWithoutBodyLeavesNoText() throws IOException {
        Path file = write("chi-tieu-de.html", "<html><body><h1>Bộ Ngoại giao tổng kết công tác năm 2022</h1></body></html>");
        assertThatThrownBy(() -> new ReportParser().parse(file)).isInstanceOf(IngestException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("no text besides the headline");
    }

    @Test
    void contentThatIsNotAFileIsNamedByItsSource() {
        Report report = new ReportParser().parse("bao-cao.txt", REPORT.getBytes(StandardCharsets.UTF_8), "telegram:123/bao-cao.txt");
        assertThat(report.info().source()).isEqualTo("telegram:123/bao-cao.txt");
        assertThat(report.info().id()).isEqualTo(Digests.sha256("telegram:123/bao-cao.txt").substring(0, 16));
        assertThatThrownBy(() -> new ReportParser().parse("bao-cao.odt", new byte[1], "telegram:123/bao-cao.odt"))
                .isInstanceOf(IngestException.class).hasMessageContaining("telegram:123/bao-cao.odt");
    }

    @Test
    void theLeadThatDatesAMeetingSkipsNotesInBracketsAndNumberedSectionNames() throws IOException {
        String text = """
                TÓM TẮT KẾT QUẢ HỘI NGHỊ TỔNG KẾT CÔNG TÁC LÃNH SỰ NĂM 2023

                (Tài liệu do Phòng Tổng hợp, Cục Lãnh sự biên soạn)

                (Lưu hành nội bộ)

                1. Thông tin chung

                Ngày 27/12/2023, tại Trụ sở Bộ Ngoại giao, Cục Lãnh sự tổ chức Hội nghị tổng kết công tác lãnh sự năm 2023.
                Thứ trưởng Ngoại giao Nguyễn Thị Mai Phương chủ trì Hội nghị.
                """;
        Report report = new ReportParser().parse(write("tom-tat.txt", text));
        assertThat(report.info().date()).isEqualTo(java.time.LocalDate.of(2023, 12, 27));
    }

    @ParameterizedTest(name = "held {0}: reviews {1}")
    @CsvSource(textBlock = """
            31/1/2024,  2023
            26/12/2024, 2024
            """)
    void aYearEndReviewWhoseNameGivesNoYearReviewsTheYearBeforeWhenHeldInItsFirstHalf(String held, int reviewed)
            throws IOException {
        String text = "Tin tóm tắt\n\nChiều " + held + ", tại Trụ sở Bộ Ngoại giao, Đảng ủy Bộ tổ chức Hội nghị tổng kết "
                + "công tác kiểm tra, giám sát. Các đại biểu dự đông đủ.\n";
        Report report = new ReportParser().parse(write("tin.txt", text));
        assertThat(report.info().conference().kind()).isEqualTo(vn.baocao.report.ConferenceKind.YEAR_END_REVIEW);
        assertThat(report.info().conference().periodYear()).isEqualTo(reviewed);
    }
}

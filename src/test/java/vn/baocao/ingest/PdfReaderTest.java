package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Person;
import vn.baocao.report.Passage;
import vn.baocao.report.Report;

class PdfReaderTest {

    @Test
    void rebuildsParagraphsFromWrappedLinesAcrossPages() throws IOException {
        RawDocument document = new PdfReader().read("report.pdf", Files.readAllBytes(Fixtures.path("report.pdf")));
        assertThat(document.blocks()).extracting(Block::text)
                .containsExactly(PdfFixtures.TITLE, PdfFixtures.PARAGRAPHS.get(0), PdfFixtures.PARAGRAPHS.get(1),
                        PdfFixtures.PARAGRAPHS.get(2));
    }

    @Test
    void aPdfReportGetsItsMetadataFromHeadlineAndLead() {
        Report report = new ReportParser().parse(Fixtures.path("report.pdf"));
        assertThat(report.info().title()).isEqualTo("Bộ Ngoại giao tổ chức Hội nghị Ngoại giao lần thứ 32");
        assertThat(report.info().date()).isEqualTo(LocalDate.of(2023, 12, 19));
        assertThat(report.info().place()).isEqualTo("Hà Nội");
        assertThat(report.info().conference()).isEqualTo(
                new Conference("Hội nghị Ngoại giao lần thứ 32", ConferenceKind.DIPLOMATIC_CONFERENCE, 2023, 32));
        assertThat(report.people()).containsExactly(new Person("Bùi Thanh Sơn", "Ủy viên Trung ương Đảng, Bộ trưởng Ngoại giao"));
        assertThat(report.passages()).hasSize(2);
        assertThat(report.passages().get(1).text()).startsWith("Phát biểu khai mạc, Bộ trưởng nhấn mạnh")
                .contains("môi trường hòa bình").contains("\nHội nghị thống nhất các định hướng lớn");
        assertThat(report.passages().get(1).people()).containsExactly(new Person("Bùi Thanh Sơn", "Ủy viên Trung ương Đảng, Bộ trưởng Ngoại giao"));
    }

    @Test
    void anEncryptedPdfIsRefusedNamingThePath() {
        Path file = Fixtures.path("encrypted.pdf");
        assertThatThrownBy(() -> new ReportParser().parse(file)).isInstanceOf(IngestException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("encrypted PDF")
                .hasCauseInstanceOf(InvalidPasswordException.class);
    }

    @Test
    void aCorruptPdfIsRefusedNamingThePathWithTheLibraryErrorAsCause() {
        Path file = Fixtures.path("corrupt.pdf");
        assertThatThrownBy(() -> new ReportParser().parse(file)).isInstanceOf(IngestException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("corrupt PDF")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aNumberedSectionsNameAfterASentencesEndIsALineOfItsOwn() {
        String text = "địa bàn tăng nhanh; việc chia sẻ thông tin giữa các bộ, ngành trong một số vụ\n"
                + "việc còn chậm nhiều so với yêu cầu đặt ra trong công tác bảo hộ.\n"
                + "5. Kết luận của Thứ trưởng Nguyễn Thị Mai Phương\n"
                + "Kết luận Hội nghị, Thứ trưởng Nguyễn Thị Mai Phương biểu dương tinh thần\n"
                + "trách nhiệm của đội ngũ cán bộ làm công tác lãnh sự.";
        assertThat(PdfParagraphs.of(text)).extracting(Block::text).containsExactly(
                "địa bàn tăng nhanh; việc chia sẻ thông tin giữa các bộ, ngành trong một số vụ việc còn chậm nhiều so với "
                        + "yêu cầu đặt ra trong công tác bảo hộ.",
                "5. Kết luận của Thứ trưởng Nguyễn Thị Mai Phương",
                "Kết luận Hội nghị, Thứ trưởng Nguyễn Thị Mai Phương biểu dương tinh thần trách nhiệm của đội ngũ cán bộ "
                        + "làm công tác lãnh sự.");
    }

    @Test
    void aParagraphMarkAfterAnOpenLineUnderAHeadingDoesNotCutTheSentence() {
        String text = "1. Khái quát\nNgày 5/7/2024, tại thành phố Đông Hà, tỉnh Quảng Trị, Bộ Ngoại giao\n" + PdfParagraphs.PARAGRAPH_END
                + "Việt Nam phối hợp với Bộ Ngoại giao Lào và Ủy ban nhân dân tỉnh Quảng\ntổ chức Diễn đàn.\n"
                + PdfParagraphs.PARAGRAPH_END + "2. Phiên toàn thể buổi sáng\n" + PdfParagraphs.PARAGRAPH_END
                + "Phát biểu chào mừng, Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị Hoàng Nam giới thiệu tỉnh.";
        assertThat(PdfParagraphs.of(text)).extracting(Block::text).containsExactly("1. Khái quát",
                "Ngày 5/7/2024, tại thành phố Đông Hà, tỉnh Quảng Trị, Bộ Ngoại giao Việt Nam phối hợp với Bộ Ngoại giao "
                        + "Lào và Ủy ban nhân dân tỉnh Quảng tổ chức Diễn đàn.",
                "2. Phiên toàn thể buổi sáng",
                "Phát biểu chào mừng, Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị Hoàng Nam giới thiệu tỉnh.");
    }

    @Test
    void aShortLineEndsAParagraphEvenWithoutAGap() {
        String text = "Dòng đầu của đoạn một khá dài để làm mốc so sánh độ dài\nvà dòng cuối ngắn.\n"
                + "Đoạn hai bắt đầu ở đây với một dòng cũng dài như dòng đầu tiên\nvà kết thúc.";
        assertThat(PdfParagraphs.of(text)).extracting(Block::text).containsExactly(
                "Dòng đầu của đoạn một khá dài để làm mốc so sánh độ dài và dòng cuối ngắn.",
                "Đoạn hai bắt đầu ở đây với một dòng cũng dài như dòng đầu tiên và kết thúc.");
    }

    @Test
    void aSentenceCutByAPageBreakIsJoinedAgain() {
        String text = "Bộ Ngoại giao đã triển khai đồng bộ các nhiệm vụ" + PdfParagraphs.PAGE_END
                + "đối ngoại trọng tâm." + PdfParagraphs.PARAGRAPH_END + "Đoạn mới." + PdfParagraphs.PAGE_END;
        assertThat(PdfParagraphs.of(text)).extracting(Block::text)
                .containsExactly("Bộ Ngoại giao đã triển khai đồng bộ các nhiệm vụ đối ngoại trọng tâm.", "Đoạn mới.");
    }

    @Test
    void dropsRunningHeadersAndPageNumbersAndRejoinsTheParagraphTheyCut() {
        String p = PdfParagraphs.PARAGRAPH_END;
        String f = PdfParagraphs.PAGE_END;
        String text = "BẢN TIN ĐỐI NGOẠI | Số 52 - Tháng 12/2020\nHội nghị tổng kết năm 2020" + p
                + "Sáng 8/1, Bộ Ngoại giao tổ chức hội nghị tổng kết công tác năm 2020 theo hình thức\nTrang 1/3" + f
                + "BẢN TIN ĐỐI NGOẠI | Số 52 - Tháng 12/2020\ntrực tuyến với 94 cơ quan đại diện." + p
                + "Thủ tướng dự và phát biểu chỉ đạo.\nTrang 2/3" + f
                + "BẢN TIN ĐỐI NGOẠI | Số 52 - Tháng 12/2020\nHội nghị kết thúc vào buổi chiều.\n- 3 -" + f;
        assertThat(PdfParagraphs.of(text)).extracting(Block::text).containsExactly(
                "Hội nghị tổng kết năm 2020",
                "Sáng 8/1, Bộ Ngoại giao tổ chức hội nghị tổng kết công tác năm 2020 theo hình thức trực tuyến với 94 cơ "
                        + "quan đại diện.",
                "Thủ tướng dự và phát biểu chỉ đạo.",
                "Hội nghị kết thúc vào buổi chiều.");
    }

    @Test
    void aYearOnALineOfItsOwnAtTheTopEndsTheHeadlineAndIsNoPageNumber() {
        String text = "HỘI NGHỊ NGOẠI GIAO KINH TẾ NĂM\n2023" + PdfParagraphs.PARAGRAPH_END + "Đoạn một.\n2" + PdfParagraphs.PAGE_END;
        assertThat(PdfParagraphs.of(text)).extracting(Block::text)
                .containsExactly("HỘI NGHỊ NGOẠI GIAO KINH TẾ NĂM 2023", "Đoạn một.");
    }

    @Test
    void aLineAtTheTopOfOnlyOnePageIsText() {
        String f = PdfParagraphs.PAGE_END;
        String text = "Hội nghị tổng kết năm 2020" + PdfParagraphs.PARAGRAPH_END + "Đoạn một." + f + "Đoạn hai." + f;
        assertThat(PdfParagraphs.of(text)).extracting(Block::text)
                .containsExactly("Hội nghị tổng kết năm 2020", "Đoạn một.", "Đoạn hai.");
    }

    @Test
    void aBulletinLosesItsRunningHeaderAndFootersAndKeepsItsParagraphWhole() {
        Report report = new ReportParser().parse(Fixtures.path("bulletin.pdf"));
        assertThat(report.info().title()).isEqualTo(PdfFixtures.BULLETIN_TITLE);
        assertThat(report.info().date()).isEqualTo(LocalDate.of(2021, 1, 8));
        assertThat(report.passages()).extracting(Passage::text)
                .noneMatch(text -> text.contains("BẢN TIN") || text.contains("Trang "))
                .anyMatch(text -> text.contains(PdfFixtures.BULLETIN.get(1)));
    }

    @Test
    void theTitleIsTheLargestTextOnThePageNotTheLetterheadAboveIt(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("letterhead.pdf");
        PdfFixtures.writeWithLetterhead(file);
        assertThat(new PdfReader().read("letterhead.pdf", Files.readAllBytes(file)).titleHint()).isEqualTo(PdfFixtures.TITLE);
        assertThat(new ReportParser().parse(file).info().title()).isEqualTo(PdfFixtures.TITLE);
    }
}

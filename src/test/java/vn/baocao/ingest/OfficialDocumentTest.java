package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Participation;
import vn.baocao.report.Passage;
import vn.baocao.report.Report;

class OfficialDocumentTest {

    private static List<Block> blocks() throws IOException {
        return new PlainTextReader().read("official.txt", Files.readAllBytes(Fixtures.path("official.txt"))).blocks();
    }

    @Test
    void takesTheLetterheadAndTheSignatureBlockAsMetadata() throws IOException {
        OfficialDocument document = OfficialDocument.of(blocks()).orElseThrow();
        assertThat(document.title()).isEqualTo("Báo cáo kết quả Hội nghị Ngoại vụ toàn quốc lần thứ 19");
        assertThat(document.issued()).isEqualTo(LocalDate.of(2019, 12, 2));
        assertThat(document.number()).isEqualTo("512/BC-BNG-NV");
        assertThat(document.issuer()).isEqualTo("BỘ NGOẠI GIAO");
        assertThat(document.signer()).isEqualTo("Thứ trưởng Lê Hoài Trung"); // "KT. BỘ TRƯỞNG / THỨ TRƯỞNG": the deputy signs
        assertThat(document.addressee()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(document.recipients()).isEqualTo("Văn phòng Chính phủ; UBND tỉnh Thừa Thiên Huế");
        assertThat(document.body().getFirst().text()).startsWith("Thực hiện Quyết định số 1089/QĐ-BNG");
        assertThat(document.body().getLast().text())
                .isEqualTo("Phó Thủ tướng Trịnh Đình Dũng giao Bộ Ngoại giao chủ trì xây dựng bộ tiêu chí đánh giá công tác đối ngoại địa phương.");
    }

    @Test
    void aPressReleaseHeadedByItsBodiesAloneHasItsHeadlineForTitleAndItsPlaceAndDateLineForIssued() {
        List<Block> blocks = List.of(Block.paragraph("BỘ NGOẠI GIAO"), Block.paragraph("VỤ THÔNG TIN BÁO CHÍ"),
                Block.paragraph("=========="), Block.paragraph("THÔNG CÁO BÁO CHÍ"),
                Block.paragraph("Hà Nội, ngày 27 tháng 8 năm 2025"),
                Block.paragraph("LỄ RA MẮT BỘ SÁCH NGOẠI GIAO VIỆT NAM 80 NĂM"),
                Block.paragraph("Sáng ngày 27/8/2025, tại Trụ sở Bộ Ngoại giao, Bộ Ngoại giao tổ chức Lễ ra mắt bộ sách."));
        OfficialDocument document = OfficialDocument.of(blocks).orElseThrow();
        assertThat(document.title()).isEqualTo("Thông cáo báo chí LỄ RA MẮT BỘ SÁCH NGOẠI GIAO VIỆT NAM 80 NĂM");
        assertThat(document.issued()).isEqualTo(LocalDate.of(2025, 8, 27));
        assertThat(document.body()).extracting(Block::text).containsExactly("LỄ RA MẮT BỘ SÁCH NGOẠI GIAO VIỆT NAM 80 NĂM",
                "Sáng ngày 27/8/2025, tại Trụ sở Bộ Ngoại giao, Bộ Ngoại giao tổ chức Lễ ra mắt bộ sách.");
    }

    @Test
    void aPressReleaseWhoseTextNamesTheCountryIsStillHeadedByItsBodies() {
        List<Block> blocks = List.of(Block.paragraph("BỘ NGOẠI GIAO"), Block.paragraph("VỤ THÔNG TIN BÁO CHÍ"),
                Block.paragraph("THÔNG CÁO BÁO CHÍ"), Block.paragraph("Gặp mặt hữu nghị Việt Nam – Lào"),
                Block.paragraph("Hà Nội, ngày 18 tháng 7 năm 2024"),
                Block.paragraph("Chiều ngày 18/7/2024, tại Trụ sở Bộ Ngoại giao, Bộ Ngoại giao tổ chức buổi gặp mặt kỷ niệm"
                        + " Hiệp ước giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Dân chủ Nhân dân Lào."));
        OfficialDocument document = OfficialDocument.of(blocks).orElseThrow();
        assertThat(document.title()).isEqualTo("Thông cáo báo chí gặp mặt hữu nghị Việt Nam – Lào");
        assertThat(document.body()).extracting(Block::text).containsExactly(blocks.getLast().text());
    }

    @Test
    void aDocumentWithoutTheNationalNameIsNoOfficialDocument() {
        assertThat(OfficialDocument.of(List.of(Block.paragraph("BÁO CÁO"), Block.paragraph("Kết quả hội nghị")))).isEmpty();
    }

    @Test
    void anOfficialReportIsAboutTheMeetingItNamesOnTheDayItWasHeld() {
        Report report = new ReportParser().parse(Fixtures.path("official.txt"));
        assertThat(report.info().title()).isEqualTo("Báo cáo kết quả Hội nghị Ngoại vụ toàn quốc lần thứ 19");
        assertThat(report.info().credits()).isEqualTo(new vn.baocao.report.ReportInfo.Credits("Thứ trưởng Lê Hoài Trung",
                "BỘ NGOẠI GIAO", "512/BC-BNG-NV", LocalDate.of(2019, 12, 2), "Thủ tướng Chính phủ",
                "Văn phòng Chính phủ; UBND tỉnh Thừa Thiên Huế"));
        assertThat(report.info().date()).isEqualTo(LocalDate.of(2019, 11, 22)); // not the Decision's date, nor the issue date
        assertThat(report.info().conference()).isEqualTo(new Conference("Hội nghị Ngoại vụ toàn quốc lần thứ 19",
                ConferenceKind.EXTERNAL_AFFAIRS_CONFERENCE, 2019, 19));
        assertThat(report.participations()).extracting(p -> p.person().name() + " " + p.part())
                .containsExactly("Lê Hoài Trung CHAIRED", "Phan Ngọc Thọ CHAIRED");
        assertThat(report.passages()).extracting(Passage::text).noneMatch(text -> text.contains("CỘNG HÒA")
                || text.contains("Kính gửi") || text.contains("Nơi nhận") || text.contains("Đã ký") || text.contains("./."));
    }
}

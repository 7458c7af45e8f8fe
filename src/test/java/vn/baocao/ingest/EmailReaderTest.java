package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Report;

class EmailReaderTest {

    private static RawDocument read(String fixture) throws IOException {
        return new EmailReader().read(fixture, Files.readAllBytes(Fixtures.path(fixture)));
    }

    @Test
    void aForwardedPressReleaseComesFirstThenTheNoteAndNoHeaderLinesQuotingMarksOrSignature() throws IOException {
        RawDocument mail = read("forwarded.eml");
        assertThat(mail.blocks()).extracting(Block::text).containsExactly(
                "THÔNG CÁO BÁO CHÍ",
                "Chiều nay, tại Nhà khách Chính phủ, Bộ Ngoại giao tổ chức buổi gặp mặt phóng viên báo chí nước ngoài "
                        + "thường trú tại Việt Nam nhân dịp cuối năm 2023. Thứ trưởng Ngoại giao Lê Văn An chủ trì buổi gặp "
                        + "mặt với sự tham dự của hơn 80 phóng viên.",
                "Thứ trưởng Lê Văn An cho biết trong năm 2023 Bộ Ngoại giao đã cấp phép cho 212 đoàn phóng viên nước "
                        + "ngoài vào Việt Nam đưa tin, tăng 15% so với năm 2022.",
                "Thông tin liên hệ: Vụ Thông tin Báo chí.",
                "Chào anh Minh,",
                "Em gửi anh thông cáo về buổi gặp mặt hôm qua để anh tham khảo. Số liệu đoàn khách trong thông cáo là số "
                        + "liệu đến hết ngày 15/12, Vụ sẽ cập nhật trong báo cáo năm.");
    }

    @Test
    void theForwardedMessageGivesTheTitleAndTheDayAndTheMailItsSenderAndRecipients() throws IOException {
        RawDocument mail = read("forwarded.eml");
        assertThat(mail.titleHint()).isEqualTo("Thông cáo: Bộ Ngoại giao gặp mặt phóng viên nước ngoài cuối năm 2023");
        assertThat(mail.dateHint()).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(mail.credits().author()).isEqualTo("Hoàng Thu Hà");
        assertThat(mail.credits().addressee()).isEqualTo("Nguyễn Văn Minh");
        assertThat(mail.credits().recipients()).isEqualTo("Phòng Báo chí");
    }

    @Test
    void theReportOfAForwardedReleaseIsOfTheMeetingItTellsOnTheDayItWasSent() {
        Report report = new ReportParser().parse(Fixtures.path("forwarded.eml"));
        assertThat(report.info().date()).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(report.info().place()).isEqualTo("Nhà khách Chính phủ");
        assertThat(report.info().conference().name()).isEqualTo("Buổi gặp mặt phóng viên báo chí nước ngoài thường trú");
    }

    @Test
    void anAttachedDocumentIsReadWithItsOwnReaderBeforeTheMailsText() throws IOException {
        RawDocument mail = read("attached.eml");
        assertThat(mail.blocks()).extracting(Block::text).containsExactly(
                "BÁO CÁO KẾT QUẢ BUỔI LÀM VIỆC",
                "Ngày 1/3/2024, Sở Ngoại vụ tỉnh Quảng Ninh làm việc với Vụ Ngoại giao kinh tế về xúc tiến đầu tư.",
                "Hai bên thống nhất tổ chức hội nghị xúc tiến đầu tư tại Hàn Quốc trong quý III/2024.",
                "Kính gửi Vụ Ngoại giao kinh tế,",
                "Sở gửi báo cáo đính kèm.");
        assertThat(mail.titleHint()).isEqualTo("Báo cáo kết quả buổi làm việc");
        Report report = new ReportParser().parse(Fixtures.path("attached.eml"));
        assertThat(report.info().date()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(report.info().conference().kind()).isEqualTo(ConferenceKind.WORKING_SESSION);
    }

    @Test
    void aMailWithNothingToReadIsRefusedNamingTheFile() {
        byte[] mail = """
                From: a@example.vn
                Subject: ảnh
                Content-Type: image/png
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                """.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new EmailReader().read("anh.eml", mail))
                .isInstanceOf(IngestException.class)
                .hasMessage("Cannot ingest anh.eml: the e-mail has no text to read (no plain or HTML body, no readable attachment)");
    }

    @Test
    void onlyAnHtmlBodyIsReadAsTheHtmlReaderReadsIt() {
        byte[] mail = """
                From: a@example.vn
                Subject: Tin
                Content-Type: text/html; charset=utf-8

                <html><body><p>Sáng 5/7, Bộ Ngoại giao tổ chức Hội nghị sơ kết.</p><p>Bộ trưởng chủ trì.</p></body></html>
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(new EmailReader().read("tin.eml", mail).blocks()).extracting(Block::text)
                .containsExactly("Sáng 5/7, Bộ Ngoại giao tổ chức Hội nghị sơ kết.", "Bộ trưởng chủ trì.");
    }
}

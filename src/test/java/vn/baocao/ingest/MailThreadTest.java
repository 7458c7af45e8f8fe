package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MailThreadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Wed, 10 Jan 2024 17:48:05 +0700            | 2024-01-10
            Thu, 1 Feb 2024 08:00:00 +0700 (ICT)       | 2024-02-01
            Th 4, 10 thg 1, 2024 lúc 17:48             | 2024-01-10
            Thứ Tư, 31 tháng 1, 2024 lúc 23:48         | 2024-01-31
            Wed, Jan 10, 2024 at 5:48 PM               | 2024-01-10
            Thứ Tư, 10/01/2024 17:48                   | 2024-01-10
            Tuesday, 9 January 2024 16:20             | 2024-01-09
            31/2/2024                                  | -
            hôm qua                                    | -
            """)
    void readsTheDayOfAMailsDateAsClientsWriteIt(String field, LocalDate day) {
        assertThat(MailThread.day(field)).isEqualTo(Optional.ofNullable(day));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fwd: Thông cáo báo chí          | Thông cáo báo chí
            FW: RE: Báo cáo kết quả          | Báo cáo kết quả
            TL: Chuyển tiếp: Giấy mời họp    | Giấy mời họp
            Refugee camp visit               | Refugee camp visit
            """)
    void theSubjectLosesTheMarksOfRepliesAndForwards(String subject, String title) {
        assertThat(MailThread.of("Nội dung.", subject, "").subject()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ẤM ÁP CHƯƠNG TRÌNH GẶP MẶT KIỀU BÀO ĐÓN TẾT 2024 | ''
            THÔNG CÁO BÁO CHÍ                                 | Bản tin gặp mặt - bản cuối
            Tối 31/1, Tổng Lãnh sự quán tổ chức gặp mặt.      | Bản tin gặp mặt - bản cuối
            """)
    void aForwardedDocumentsOwnHeadlineInCapitalsNamesItBetterThanTheSubject(String firstLine, String hint) {
        MailThread thread = MailThread.of(firstLine + "\nTối 31/1, Tổng Lãnh sự quán tổ chức gặp mặt.", "Fwd: Bản tin gặp mặt - bản cuối", "");
        assertThat(thread.titleHint()).isEqualTo(hint);
    }

    @Test
    void anOutlookForwardOpenedByItsHeaderLinesAloneIsTheInnermostMessage() {
        MailThread thread = MailThread.of("""
                Gửi anh bản tin.

                From: Vụ Thông tin Báo chí
                Sent: Tuesday, 9 January 2024 16:20
                To: Phòng Tổng hợp
                Subject: Bản tin ngày 9/1

                Sáng 9/1, Bộ Ngoại giao tổ chức họp báo thường kỳ.
                """, "FW: Bản tin ngày 9/1", "Wed, 10 Jan 2024 09:00:00 +0700");
        assertThat(thread.texts()).containsExactly("Sáng 9/1, Bộ Ngoại giao tổ chức họp báo thường kỳ.", "Gửi anh bản tin.");
        assertThat(thread.subject()).isEqualTo("Bản tin ngày 9/1");
        assertThat(thread.sent()).contains(LocalDate.of(2024, 1, 9));
    }

    @Test
    void aQuotedReplyLosesItsMarksAndTheLineThatAttributesIt() {
        MailThread thread = MailThread.of("""
                Em đã nhận, cảm ơn chị.

                On Wed, 10 Jan 2024 at 17:48, Lan Anh <la@example.vn> wrote:
                > Diễn đàn lần thứ hai diễn ra sáng 10/1
                > tại Thành phố Hồ Chí Minh.
                """, "Re: Diễn đàn", "");
        assertThat(thread.texts()).containsExactly("Diễn đàn lần thứ hai diễn ra sáng 10/1\ntại Thành phố Hồ Chí Minh.",
                "Em đã nhận, cảm ơn chị.");
    }

    @Test
    void aReplyThatSaysMoreThanWhatItQuotesIsTheDocumentAndTheQuoteComesAfterIt() {
        MailThread thread = MailThread.of("""
                Kính gửi anh Quân, Sở xin gửi bản tóm tắt kết quả Hội nghị gặp gỡ các Đại sứ tại Cao Bằng sáng 5/7/2024:
                27 Đại sứ dự, ký 5 biên bản ghi nhớ.

                Vào 3/7/2024 lúc 16:05, Cục Ngoại vụ <htqt@mofa.gov.vn> đã viết:
                > Đề nghị Sở gửi bản tóm tắt.
                """, "Re: Đề nghị gửi tóm tắt", "Mon, 08 Jul 2024 09:17:42 +0700");
        assertThat(thread.texts()).containsExactly("Kính gửi anh Quân, Sở xin gửi bản tóm tắt kết quả Hội nghị gặp gỡ các Đại sứ tại "
                + "Cao Bằng sáng 5/7/2024:\n27 Đại sứ dự, ký 5 biên bản ghi nhớ.", "Đề nghị Sở gửi bản tóm tắt.");
        assertThat(thread.subject()).isEqualTo("Đề nghị gửi tóm tắt");
        assertThat(thread.sent()).contains(LocalDate.of(2024, 7, 8));
    }

    @Test
    void aSignatureEndsAtTheDelimiterOrAfterAClosingAndAFewLinesButALongTextAfterAThankYouStays() {
        assertThat(MailThread.of("Nội dung chính.\n-- \nNguyễn Văn A\nĐT: 0912 000 000\n", "", "").texts())
                .containsExactly("Nội dung chính.");
        assertThat(MailThread.of("Nội dung chính.\n\nTrân trọng,\nLan Anh\nBan Truyền thông\n", "", "").texts())
                .containsExactly("Nội dung chính.");
        List<String> long10 = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "Ý kiến thứ " + i + ".").toList();
        String text = "Cảm ơn.\n" + String.join("\n", long10);
        assertThat(MailThread.of(text, "", "").texts()).containsExactly(text);
    }
}

package vn.baocao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader();

    private List<String> paragraphs(byte[] content) {
        return reader.read("a.txt", content).blocks().stream().map(Block::text).toList();
    }

    private List<String> paragraphs(String content) {
        return paragraphs(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void blankLinesSeparateBlocksAndEachLineOfABlockIsAParagraph() {
        assertThat(paragraphs("Đăng nhập\nTiêu đề bài báo\nĐoạn mở đầu.\n\n\u00A0\n\nĐoạn thứ hai.\n"))
                .containsExactly("Đăng nhập", "Tiêu đề bài báo", "Đoạn mở đầu.", "Đoạn thứ hai.");
    }

    @Test
    void aHeaderLineOpenedByALabelIsAParagraphOfItsOwn() {
        String header = """
                Thời gian: 15h00, thứ Năm, ngày 24/4/2025, tại Trụ sở Bộ Ngoại giao
                Chủ trì: Người phát ngôn Bộ Ngoại giao Hà Thu Trang, cùng các đơn vị
                Số phóng viên tham dự: khoảng 70 phóng viên của 45 cơ quan báo chí
                """;
        assertThat(paragraphs(header)).containsExactly("Thời gian: 15h00, thứ Năm, ngày 24/4/2025, tại Trụ sở Bộ Ngoại giao",
                "Chủ trì: Người phát ngôn Bộ Ngoại giao Hà Thu Trang, cùng các đơn vị",
                "Số phóng viên tham dự: khoảng 70 phóng viên của 45 cơ quan báo chí");
    }

    @Test
    void joinsTheLinesOfAHardWrappedParagraph() {
        String wrapped = """
                Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác năm 2022, triển khai
                nhiệm vụ năm 2023, với sự tham dự của lãnh đạo các bộ, ngành, địa phương
                và cán bộ ngoại giao trong và ngoài nước.

                Đoạn thứ hai.
                """;
        assertThat(paragraphs(wrapped)).containsExactly("Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác năm 2022, triển khai "
                + "nhiệm vụ năm 2023, với sự tham dự của lãnh đạo các bộ, ngành, địa phương và cán bộ ngoại giao trong và "
                + "ngoài nước.", "Đoạn thứ hai.");
    }

    @Test
    void aLineWrappedAtADashOrBeforeANumberGoesOnWithTheSentenceButAListAfterItsOpeningLineStaysAList() {
        String mail = """
                Em xin chuyển tiếp Thông cáo báo chí về Diễn đàn Hợp tác Thương mại Việt Nam
                - châu Phi lần thứ hai, kim ngạch tăng 15% so với cùng kỳ năm
                2022.

                Hội nghị thống nhất các nhiệm vụ trọng tâm trong thời gian tới như sau:
                - tăng cường ngoại giao kinh tế;
                - đẩy mạnh công tác bảo hộ công dân.
                """;
        assertThat(paragraphs(mail)).containsExactly(
                "Em xin chuyển tiếp Thông cáo báo chí về Diễn đàn Hợp tác Thương mại Việt Nam - châu Phi lần thứ hai, "
                        + "kim ngạch tăng 15% so với cùng kỳ năm 2022.",
                "Hội nghị thống nhất các nhiệm vụ trọng tâm trong thời gian tới như sau:",
                "- tăng cường ngoại giao kinh tế;", "- đẩy mạnh công tác bảo hộ công dân.");
    }

    @Test
    void anOfficialReportTypedWithHardWrapsAndNoBlankLinesKeepsItsParagraphsHeadingsAndPoints() {
        String typed = """
                    Ngày 15 tháng 3 năm 2022, Bộ Ngoại giao đã tổ chức Hội nghị tổng kết nhiệm kỳ
                Ủy viên không thường trực Hội đồng Bảo an tại Trụ sở Bộ Ngoại giao. Bộ trưởng Bùi
                Thanh Sơn chủ trì Hội nghị.
                II. ĐÁNH GIÁ CHUNG VÀ BÀI HỌC KINH NGHIỆM RÚT RA TỪ NHIỆM KỲ
                Hội nghị thống nhất đánh giá nhiệm kỳ đã thành công toàn diện, góp phần nâng cao
                vị thế, uy tín của Việt Nam.
                - Như trên;                                          THỨ TRƯỞNG
                - Văn phòng Chính phủ;                                  Lê Hoài Trung
                """;
        assertThat(paragraphs(typed)).containsExactly(
                "Ngày 15 tháng 3 năm 2022, Bộ Ngoại giao đã tổ chức Hội nghị tổng kết nhiệm kỳ Ủy viên không thường trực "
                        + "Hội đồng Bảo an tại Trụ sở Bộ Ngoại giao. Bộ trưởng Bùi Thanh Sơn chủ trì Hội nghị.",
                "II. ĐÁNH GIÁ CHUNG VÀ BÀI HỌC KINH NGHIỆM RÚT RA TỪ NHIỆM KỲ",
                "Hội nghị thống nhất đánh giá nhiệm kỳ đã thành công toàn diện, góp phần nâng cao vị thế, uy tín của Việt Nam.",
                "- Như trên; THỨ TRƯỞNG", "- Văn phòng Chính phủ; Lê Hoài Trung");
    }

    @Test
    void aFileWithSingleNewlinesOnlyGivesOneParagraphPerLine() {
        assertThat(paragraphs("Dòng một.\r\nDòng hai.\nDòng ba.")).containsExactly("Dòng một.", "Dòng hai.", "Dòng ba.");
    }

    @Test
    void readsLegacyWindows1258TextWithCombiningTones() {
        // "Đối ngoại hòa bình" in windows-1258: base letters plus combining tone marks; not valid UTF-8
        byte[] cp1258 = {(byte) 0xD0, (byte) 0xF4, (byte) 0xEC, 'i', ' ', 'n', 'g', 'o', 'a', (byte) 0xF2, 'i', ' ', 'h', 'o',
                (byte) 0xCC, 'a', ' ', 'b', 'i', (byte) 0xCC, 'n', 'h'};
        assertThat(paragraphs(cp1258)).containsExactly("Đối ngoại hòa bình");
    }

    @Test
    void skipsTheUtf8ByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'O', 'K'};
        assertThat(paragraphs(bom)).containsExactly("OK");
    }

    @Test
    void refusesBinaryContent() {
        assertThatThrownBy(() -> reader.read("x/a.txt", new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOf(IngestException.class).hasMessageContaining("x/a.txt").hasMessageContaining("NUL bytes");
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorWindows1258() {
        assertThatThrownBy(() -> reader.read("x/a.txt", new byte[] {'a', (byte) 0x81, (byte) 0x8D, (byte) 0x90}))
                .isInstanceOf(IngestException.class).hasMessageContaining("x/a.txt")
                .hasMessageContaining("neither UTF-8 nor windows-1258");
    }

    @Test
    void aTableOfPeopleDrawnInTextIsReadAsEachPersonWithTheirOffices() {
        String table = """
                I. THÀNH PHẦN THAM DỰ
                ┌─────┬───────────────────┬──────────────┬────────────────────┐
                │ STT │ Họ và tên         │ Chức vụ      │ Đơn vị             │
                ├─────┼───────────────────┼──────────────┼────────────────────┤
                │ 1   │ Nguyễn Quốc Khánh │ Thứ trưởng   │ Bộ Ngoại giao      │
                │ 2   │ Nguyễn Bích Ngọc  │ Phó Chủ tịch │ UBND tỉnh Cao Bằng │
                └─────┴───────────────────┴──────────────┴────────────────────┘
                """;
        List<Block> blocks = reader.read("a.txt", table.getBytes(StandardCharsets.UTF_8)).blocks();
        assertThat(blocks.getFirst().text()).isEqualTo("I. THÀNH PHẦN THAM DỰ");
        assertThat(blocks.subList(1, blocks.size()))
                .allMatch(Block::row)
                .extracting(Block::text)
                .containsExactly("Nguyễn Quốc Khánh, Thứ trưởng Bộ Ngoại giao.", "Nguyễn Bích Ngọc, Phó Chủ tịch UBND tỉnh Cao Bằng.");
    }

    @Test
    void aGridTablesRowAcrossItAndACellWrappedOntoTheNextLineAreReadAsTheyAreMeant() {
        String table = """
                +-----+-------------------+-----------------------------------+
                | STT | Họ và tên         | Chức vụ, đơn vị                   |
                +=====+===================+===================================+
                | Phía tỉnh Cao Bằng                                          |
                | 6   | Nguyễn Bích Ngọc  | Ủy viên Ban Thường vụ Tỉnh ủy,    |
                |     |                   | Phó Chủ tịch UBND tỉnh            |
                | 7   | Nông Văn Thái     | Giám đốc Sở Ngoại vụ              |
                +-----+-------------------+-----------------------------------+
                """;
        assertThat(reader.read("a.txt", table.getBytes(StandardCharsets.UTF_8)).blocks())
                .allMatch(Block::row)
                .extracting(Block::text)
                .containsExactly("Phía tỉnh Cao Bằng", "Nguyễn Bích Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh.",
                        "Nông Văn Thái, Giám đốc Sở Ngoại vụ.");
    }

    @Test
    void aPipeTableTypedInTextIsReadAsRows() {
        assertThat(paragraphs("| Chỉ tiêu | Số lượng |\n|---|---|\n| Đoàn ra | 36 |\n| Đoàn vào | 210 |\n"))
                .containsExactly("Đoàn ra: 36 (Số lượng).", "Đoàn vào: 210 (Số lượng).");
    }

    @Test
    void aMailSavedAsTextIsReadAsAMailTheMessageItForwardsFirst() {
        String saved = """
                From: Phong Lanh su <lanhsu@example.vn>
                To: Ban Bien tap <bientap@example.vn>
                Cc: Tran Thi Hong Van <tlsq@example.vn>
                Date: Thu, 1 Feb 2024 09:15:22 +1100
                Subject: Fwd: Ban tin gap mat kieu bao

                Kính gửi Ban Biên tập, xin chuyển bản tin dưới đây.

                ---------- Forwarded message ---------
                Từ: Nguyễn Hoài Phương
                Ngày: Thứ Tư, 31 tháng 1, 2024 lúc 23:48
                Tiêu đề: Bản tin gặp mặt kiều bào - bản cuối

                Tối 31/1/2024, Tổng Lãnh sự quán tổ chức chương trình gặp mặt kiều bào.
                """;
        RawDocument mail = reader.read("mail.txt", saved.getBytes(StandardCharsets.UTF_8));
        assertThat(mail.blocks()).extracting(Block::text).containsExactly(
                "Tối 31/1/2024, Tổng Lãnh sự quán tổ chức chương trình gặp mặt kiều bào.",
                "Kính gửi Ban Biên tập, xin chuyển bản tin dưới đây.");
        assertThat(mail.titleHint()).isEqualTo("Bản tin gặp mặt kiều bào - bản cuối");
        assertThat(mail.dateHint()).isEqualTo(java.time.LocalDate.of(2024, 1, 31));
        assertThat(mail.credits().author()).isEqualTo("Phong Lanh su");
        assertThat(mail.credits().addressee()).isEqualTo("Ban Bien tap");
        assertThat(mail.credits().recipients()).isEqualTo("Tran Thi Hong Van");
    }

    @Test
    void aForwardPastedWholeIsAMailThoughItsClientLineComesFirst() {
        String saved = """
                ---------- Forwarded message ---------
                Từ: Văn phòng UBND tỉnh <vanphong@example.vn>
                Ngày: Thứ Sáu, 6 thg 1, 2023 lúc 16:42
                Tiêu đề: Thông cáo báo chí - Lễ bàn giao mốc quốc giới
                Đến: Ban Biên tập các cơ quan báo chí

                Sáng ngày 6/1/2023, Ủy ban nhân dân tỉnh tổ chức Lễ bàn giao công trình.
                """;
        RawDocument mail = reader.read("mail.txt", saved.getBytes(StandardCharsets.UTF_8));
        assertThat(mail.blocks()).extracting(Block::text)
                .containsExactly("Sáng ngày 6/1/2023, Ủy ban nhân dân tỉnh tổ chức Lễ bàn giao công trình.");
        assertThat(mail.titleHint()).isEqualTo("Thông cáo báo chí - Lễ bàn giao mốc quốc giới");
        assertThat(mail.dateHint()).isEqualTo(java.time.LocalDate.of(2023, 1, 6));
        assertThat(mail.credits().author()).isEqualTo("Văn phòng UBND tỉnh");
        assertThat(mail.credits().addressee()).isEqualTo("Ban Biên tập các cơ quan báo chí");
    }

    @Test
    void aTextOpenedByOneLabelledLineIsNoMail() {
        assertThat(reader.read("a.txt", "From: Hà Nội\nĐoạn văn.".getBytes(StandardCharsets.UTF_8)).titleHint()).isEmpty();
    }
}

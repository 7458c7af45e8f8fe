package vn.baocao.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the PDF fixtures under {@code src/test/resources/ingest/} once; they are committed, and the
 * tests read the committed files. Run from the project root with the test class path:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) vn.baocao.ingest.PdfFixtures}.
 *
 * <p>The text is set in DejaVu Sans (which has every Vietnamese glyph), wrapped by measuring the
 * font, with a larger font for the headline, a blank line's gap between paragraphs and the third
 * paragraph on a second page — the layout a real exported report has.
 */
public final class PdfFixtures {
    static final String TITLE = "Bộ Ngoại giao tổ chức Hội nghị Ngoại giao lần thứ 32";
    static final List<String> PARAGRAPHS = List.of(
            "Sáng 19/12/2023, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị Ngoại giao lần thứ 32. Ủy viên Trung ương "
                    + "Đảng, Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị, với sự tham dự của lãnh đạo các bộ, "
                    + "ngành và người đứng đầu các cơ quan đại diện Việt Nam ở nước ngoài.",
            "Phát biểu khai mạc, Bộ trưởng nhấn mạnh ngành ngoại giao cần tiếp tục đổi mới tư duy, nâng cao chất "
                    + "lượng nghiên cứu, dự báo và tham mưu chiến lược, góp phần giữ vững môi trường hoà bình, ổn định "
                    + "cho phát triển đất nước.",
            "Hội nghị thống nhất các định hướng lớn cho công tác đối ngoại trong thời gian tới, trong đó ngoại giao "
                    + "kinh tế được xác định là một động lực quan trọng phục vụ phát triển nhanh và bền vững.");
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final float MARGIN = 60;
    private static final float BODY_SIZE = 11;
    private static final float TITLE_SIZE = 16;

    private PdfFixtures() {
    }

    /** The running header of {@code bulletin.pdf}, on every page above the text. */
    static final String RUNNING_HEADER = "BẢN TIN ĐỐI NGOẠI | Số 52 - Tháng 1/2021 | Lưu hành nội bộ";
    static final String BULLETIN_TITLE = "Hội nghị tổng kết công tác ngoại giao năm 2020";
    /** The bulletin's paragraphs; the second runs over the first page break. */
    static final List<String> BULLETIN = List.of(
            "Sáng 8/1/2021, Bộ Ngoại giao tổ chức hội nghị tổng kết công tác năm 2020 theo hình thức trực tuyến với 94 "
                    + "cơ quan đại diện Việt Nam ở nước ngoài. Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh chủ trì.",
            "Phát biểu tại hội nghị, Phó Thủ tướng nhấn mạnh năm 2020 là năm đặc biệt, khi ngành ngoại giao vừa "
                    + "đảm nhiệm vai trò Chủ tịch ASEAN vừa là Ủy viên không thường trực Hội đồng Bảo an, đồng thời "
                    + "đưa hơn 60.000 công dân về nước an toàn trong đại dịch.",
            "Hội nghị đã thống nhất năm nhiệm vụ trọng tâm cho năm 2021, trước hết là triển khai đường lối đối "
                    + "ngoại của Đại hội XIII.");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/ingest");
        write(dir.resolve("report.pdf"), null);
        write(dir.resolve("encrypted.pdf"), "secret");
        writeBulletin(dir.resolve("bulletin.pdf"));
    }

    /**
     * A three-page bulletin: a running header on every page, "Trang i/3" at the foot of each, the headline
     * on page one below the header, and the second paragraph cut by the first page break mid-sentence.
     */
    private static void writeBulletin(Path file) throws IOException {
        try (var pdf = new PDDocument()) {
            var font = PDType0Font.load(pdf, FONT.toFile());
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> second = wrap(font, BULLETIN.get(1), width);
            int cut = second.size() / 2;
            float y = bulletinPage(pdf, font, 1);
            draw(pdf, font, List.of(BULLETIN_TITLE), TITLE_SIZE, y);
            y = paragraph(pdf, font, BULLETIN.get(0), y - 2.5f * TITLE_SIZE);
            draw(pdf, font, second.subList(0, cut), BODY_SIZE, y);
            y = bulletinPage(pdf, font, 2);
            draw(pdf, font, second.subList(cut, second.size()), BODY_SIZE, y);
            paragraph(pdf, font, BULLETIN.get(2), bulletinPage(pdf, font, 3));
            pdf.save(file.toFile());
        }
    }

    /** A one-page report with a small letterhead line above its larger headline, written to {@code file}. */
    static void writeWithLetterhead(Path file) throws IOException {
        try (var pdf = new PDDocument()) {
            var font = PDType0Font.load(pdf, FONT.toFile());
            float top = newPage(pdf, font, null, BODY_SIZE);
            draw(pdf, font, List.of("BỘ NGOẠI GIAO - TỔ THÔNG TIN VĂN PHÒNG BỘ"), 9, top);
            draw(pdf, font, List.of(TITLE), TITLE_SIZE, top - 30);
            paragraph(pdf, font, PARAGRAPHS.get(0), top - 30 - 2.5f * TITLE_SIZE);
            pdf.save(file.toFile());
        }
    }

    /** A new page with the running header and the page's footer; the height its text starts at. */
    private static float bulletinPage(PDDocument pdf, PDType0Font font, int number) throws IOException {
        float top = newPage(pdf, font, null, BODY_SIZE);
        draw(pdf, font, List.of(RUNNING_HEADER), 9, top + 20);
        draw(pdf, font, List.of("Trang " + number + "/3"), 9, MARGIN - 20);
        return top - 10;
    }

    private static void write(Path file, String userPassword) throws IOException {
        try (var pdf = new PDDocument()) {
            var font = PDType0Font.load(pdf, FONT.toFile());
            float y = newPage(pdf, font, TITLE, TITLE_SIZE);
            y = paragraph(pdf, font, PARAGRAPHS.get(0), y);
            paragraph(pdf, font, PARAGRAPHS.get(1), y);
            paragraph(pdf, font, PARAGRAPHS.get(2), newPage(pdf, font, null, BODY_SIZE));
            if (userPassword != null) {
                var policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            pdf.save(file.toFile());
        }
    }

    private static float newPage(PDDocument pdf, PDType0Font font, String heading, float size) throws IOException {
        var page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        float top = page.getMediaBox().getHeight() - MARGIN;
        if (heading == null) {
            return top;
        }
        draw(pdf, font, List.of(heading), size, top);
        return top - 2.5f * size;
    }

    private static float paragraph(PDDocument pdf, PDType0Font font, String text, float y) throws IOException {
        List<String> lines = wrap(font, text, PDRectangle.A4.getWidth() - 2 * MARGIN);
        draw(pdf, font, lines, BODY_SIZE, y);
        return y - (lines.size() + 1) * 1.4f * BODY_SIZE;
    }

    private static void draw(PDDocument pdf, PDType0Font font, List<String> lines, float size, float y) throws IOException {
        var page = pdf.getPage(pdf.getNumberOfPages() - 1);
        try (var content = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true)) {
            content.beginText();
            content.setFont(font, size);
            content.setLeading(1.4f * size);
            content.newLineAtOffset(MARGIN, y);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }

    private static List<String> wrap(PDType0Font font, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * BODY_SIZE > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}

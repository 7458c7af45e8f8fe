package vn.baocao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.text.Sentences;
import vn.baocao.text.VietnameseText;

/**
 * Finds a report's headline and takes it out of the body, which then starts with the lead.
 *
 * <p>In order: the title the format declares (HTML h1 or meta, Markdown #, DOCX Title style); the
 * first paragraph when it reads as a headline (short, no final period); a numbered photo caption
 * ("… - Ảnh 1."), which sites that print no headline line derive from it; last, the lead's first
 * sentence, shortened. The title is metadata: it never becomes a passage.
 */
final class TitleExtractor {
    private static final int MAX_HEADLINE = 250;
    /** The longest last line of a printed headline set in a block of its own. */
    private static final int MAX_HEADLINE_TAIL = 60;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_SENTENCE_TITLE = 150;
    private static final int LOOK_FOR_COPY = 3;
    /** How many lines a printed headline may take. */
    private static final int MAX_TITLE_LINES = 4;
    /** What a document calls itself above its title, folded: "BÁO CÁO TÓM TẮT", "TÀI LIỆU", "BẢN TIN". */
    private static final Set<String> KINDS_OF_DOCUMENT = Set.of("bao cao", "tai lieu", "ban tin",
            "thong cao", "thong tin", "tin bai", "bai viet");
    /** The words of a meeting's kind, folded: a line in capitals that names one is a title, not a kind of document. */
    /** A transcript's kind, folded, whatever it transcribes: "BẢN GỠ BĂNG HỌP BÁO QUỐC TẾ" names no meeting, the line under it does. */
    private static final Set<String> KINDS_OF_TRANSCRIPT = Set.of("ban go bang", "ban ghi");
    private static final Pattern NAMES_A_MEETING = Pattern.compile("\\b(?:hoi nghi|hop bao|hoi thao|dai hoi|dien dan|le|ky hop"
            + "|phien hop|cuoc hop|toa dam|gap mat|tham van|doi thoai|tap huan|buoi lam viec)\\b");
    private static final int MAX_KIND_OF_DOCUMENT_WORDS = 4;
    private static final int MAX_LETTERHEAD_BLOCKS = 2;
    private static final int MAX_LETTERHEAD_LINE = 80;
    /**
     * The place and day a document was issued, ending its line: "Hà Nội, ngày 08 tháng 7 năm 2024", "Huế,
     * 05/7/2024". The place is at most two words in title case, so a letterhead in capitals before it is not taken for it.
     */
    private static final Pattern PLACE_AND_DATE_AFTER = Pattern.compile("(?u)(?<!\\p{L})\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)?,\\s*(?:ngày\\s+)?"
            + "(?:\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}|\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4})\\.?$");
    /**
     * The words that open an issuing body's name in a letterhead, with their accents: "BAN" (Ban Đối ngoại) opens
     * one, "BẢN" (Bản gỡ băng) opens a kind of document.
     */
    private static final Set<String> ISSUERS = Set.of("BỘ", "VỤ", "CỤC", "BAN", "SỞ", "ỦY BAN", "UỶ BAN",
            "VĂN PHÒNG", "ĐẠI SỨ QUÁN", "TỔNG LÃNH SỰ QUÁN", "HỌC VIỆN", "TRUNG TÂM", "PHÁI ĐOÀN", "TỈNH ỦY", "TỈNH UỶ",
            "UBND", "ĐẢNG ỦY", "ĐẢNG UỶ", "HỘI ĐỒNG", "CƠ QUAN", "TỔNG CỤC");

    /** The title and the body without it; the body is returned unchanged when the title is not in it. */
    Titled extract(CleanDocument document, String declaredTitle) {
        List<Block> body = document.body();
        String declared = VietnameseText.normalize(declaredTitle);
        // a Word file whose Title style holds its letterhead ("BỘ NGOẠI GIAO - VĂN PHÒNG BỘ") declares who issued
        // it, not what it is: its headline is found in the body, as for a file that declares nothing
        boolean declaresTheIssuer = isLetterhead(declared);
        if (!declared.isEmpty() && !declaresTheIssuer && !isKindOfDocument(declared)) {
            return new Titled(withoutFinalPeriod(declared), withoutCopyOf(declared, body));
        }
        if (!declared.isEmpty() && !declaresTheIssuer) {
            // a Word file titled "BÁO CÁO TÓM TẮT": the kind of document names nothing; the headline under it does
            List<Block> rest = withoutCopyOf(declared, body);
            // the letterhead printed above it ("BỘ NGOẠI GIAO - VĂN PHÒNG BỘ") is who issued it, not the headline
            int first = 0;
            while (first + 1 < rest.size() && first < MAX_LETTERHEAD_BLOCKS + 1 && isIssuersLine(rest.get(first).text())) {
                first++;
            }
            if (first < rest.size() && isHeadline(rest.get(first)) && !isKindOfDocument(rest.get(first).text())) {
                StringBuilder title = new StringBuilder(rest.get(first).text().strip().replaceAll("\\s*\n\\s*", " "));
                // a printed headline's last line alone in a block of its own: "… khu vực châu Âu / lần thứ 2"
                for (int next = first + 1; next < rest.size() && isRestOfAHeadline(rest.get(next)); next++) {
                    title.append(' ').append(rest.get(next).text().strip());
                }
                return new Titled(withoutFinalPeriod(title.toString()), rest);
            }
            return new Titled(withoutFinalPeriod(declared), rest);
        }
        // "BỘ NGOẠI GIAO / VỤ THÔNG TIN BÁO CHÍ" above a transcript or a bulletin says who issued it, not what it is
        int first = 0;
        while (first + 2 < body.size() && first < MAX_LETTERHEAD_BLOCKS + 1 && isIssuersLine(body.get(first).text())) {
            first++;
        }
        if (body.size() > first + 1 && isHeadline(body.get(first))) {
            // a headline in capitals printed over lines of its own: "GỠ BĂNG HỌP BÁO QUỐC TẾ / CÔNG BỐ KẾT QUẢ …"
            int end = first + 1;
            // a line of a capitals headline may be short: "… TRIỂN KHAI NHIỆM VỤ / NĂM 2024"
            while (end + 1 < body.size() && end - first < MAX_TITLE_LINES && Prose.inCapitals(body.get(first).text())
                    && Prose.inCapitals(body.get(end).text()) && body.get(end).text().length() <= MAX_HEADLINE
                    && !body.get(end).text().strip().matches(".*[.,;:]$")) {
                end++;
            }
            // "BÁO CÁO TÓM TẮT / Hội nghị Ngoại giao kinh tế …": a kind of document alone names nothing; what follows does
            int from = first;
            if (end - first == 1 && end + 1 < body.size() && isKindOfDocument(body.get(first).text()) && isHeadline(body.get(end))
                    && !Prose.inCapitals(body.get(end).text()) && !Prose.isLabelled(body.get(end).text())
                    && !isIssuersLine(body.get(end).text())) {
                from = end;
                end++;
            }
            String title = String.join(" ", body.subList(from, end).stream()
                    .map(b -> b.text().strip().replaceAll("\\s*\n\\s*", " ")).toList());
            // under a letterhead the name opens the header lines that go with it ("… HỌP BÁO THƯỜNG KỲ / Thời
            // gian: … / Chủ trì: …"), so it stays in the text they are read from
            return new Titled(withoutFinalPeriod(title), body.subList(first > 0 ? first : end, body.size()));
        }
        if (!document.photoTitle().isEmpty()) {
            return new Titled(withoutFinalPeriod(document.photoTitle()), body);
        }
        String lead = body.isEmpty() ? "" : Sentences.split(body.get(0).text()).get(0);
        return new Titled(shortened(withoutFinalPeriod(lead)), body);
    }

    /** True when {@code text} is a letterhead or the place and day a document was issued: who made it, and where and when, never what it is. */
    static boolean isIssuersLine(String text) {
        // a PDF may set the letterhead and the place and day in one block, on one line or two
        for (String line : text.strip().split("\\s*\n\\s*")) {
            Matcher dated = PLACE_AND_DATE_AFTER.matcher(line);
            String before = dated.find() ? line.substring(0, dated.start()).strip() : line;
            if (!before.isEmpty() && !isLetterhead(before)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code text} is an issuing body's letterhead: every line (or part between " - ") in capitals
     * and naming a body by the word that opens such names ("BỘ NGOẠI GIAO", "VỤ THÔNG TIN BÁO CHÍ").
     */
    static boolean isLetterhead(String text) {
        String[] parts = text.strip().split("\\s*\n\\s*|\\s+[-–/]\\s+");
        for (String part : parts) {
            String upper = VietnameseText.normalize(part).strip().toUpperCase(java.util.Locale.ROOT);
            if (part.length() > MAX_LETTERHEAD_LINE || !Prose.inCapitals(part)
                    || ISSUERS.stream().noneMatch(i -> upper.startsWith(i + " "))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code text} only says what kind of document follows: "BÁO CÁO", "BÁO CÁO TÓM TẮT", "BẢN TIN",
     * "TIN BÀI PHỤC VỤ ĐĂNG CỔNG THÔNG TIN ĐIỆN TỬ".
     */
    private static boolean isKindOfDocument(String text) {
        String folded = VietnameseText.fold(text).strip().toLowerCase(java.util.Locale.ROOT);
        // "TIN BÀI PHỤC VỤ ĐĂNG CỔNG THÔNG TIN ĐIỆN TỬ": what the document is for, longer, still names no meeting
        if (Prose.inCapitals(text) && KINDS_OF_TRANSCRIPT.stream().anyMatch(k -> folded.equals(k) || folded.startsWith(k + " "))) {
            return true;
        }
        return Prose.inCapitals(text) && KINDS_OF_DOCUMENT.stream().anyMatch(k -> folded.equals(k) || folded.startsWith(k + " ")
                && (folded.split(" ").length <= MAX_KIND_OF_DOCUMENT_WORDS || !NAMES_A_MEETING.matcher(folded).find()));
    }

    /** True when {@code block} goes on with the headline above it: a short line opening in lower case, without a final period. */
    private static boolean isRestOfAHeadline(Block block) {
        String text = block.text().strip();
        return !block.heading() && !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && !text.contains("\n")
                && text.length() <= MAX_HEADLINE_TAIL && !text.matches(".*[.,;:]$");
    }

    private static boolean isHeadline(Block block) {
        String text = block.text();
        boolean shortWithoutPeriod = text.length() <= MAX_HEADLINE && !text.matches(".*[.,;:]$");
        return block.heading() || shortWithoutPeriod && text.split(" ").length >= MIN_HEADLINE_WORDS;
    }

    /**
     * {@code body} without the title's copy among its first blocks: one block that is the title, or the
     * title's lines as blocks of their own (a printed headline), the last of which may run on into what
     * follows it ("… vươn mình Hà Nội, ngày 20/8/2025"), which is kept.
     */
    private static List<Block> withoutCopyOf(String title, List<Block> body) {
        String key = VietnameseText.fold(withoutFinalPeriod(title));
        for (int i = 0; i < Math.min(LOOK_FOR_COPY, body.size()); i++) {
            if (VietnameseText.fold(withoutFinalPeriod(body.get(i).text())).equals(key)) {
                List<Block> rest = new ArrayList<>(body);
                rest.remove(i);
                return rest;
            }
            java.util.Optional<List<Block>> lines = withoutTitleLines(key, body, i);
            if (lines.isPresent()) {
                return lines.get();
            }
        }
        return body;
    }

    /** {@code body} without the title's lines starting at block {@code from}, when they are there. */
    private static java.util.Optional<List<Block>> withoutTitleLines(String key, List<Block> body, int from) {
        String joined = "";
        for (int j = from; j < Math.min(body.size(), from + MAX_TITLE_LINES); j++) {
            String text = body.get(j).text().strip();
            String line = VietnameseText.fold(text);
            String withLine = joined.isEmpty() ? line : joined + " " + line;
            List<Block> rest = new ArrayList<>(body);
            if (j > from && VietnameseText.fold(withoutFinalPeriod(withLine)).equals(key)) {
                rest.subList(from, j + 1).clear();
                return java.util.Optional.of(rest);
            }
            String remaining = joined.isEmpty() ? key : key.startsWith(joined + " ") ? key.substring(joined.length() + 1) : null;
            if (j > from && remaining != null && line.startsWith(remaining + " ") && line.length() == text.length()) {
                rest.set(j, body.get(j).withText(text.substring(remaining.length()).strip()));
                rest.subList(from, j).clear();
                return java.util.Optional.of(rest);
            }
            if (!key.startsWith(withLine + " ")) {
                return java.util.Optional.empty();
            }
            joined = withLine;
        }
        return java.util.Optional.empty();
    }

    private static String withoutFinalPeriod(String text) {
        String stripped = text.strip();
        boolean period = stripped.endsWith(".") && !stripped.endsWith("...");
        return period ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static String shortened(String sentence) {
        if (sentence.length() <= MAX_SENTENCE_TITLE) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_SENTENCE_TITLE);
        return sentence.substring(0, cut > 0 ? cut : MAX_SENTENCE_TITLE) + "…";
    }

    /**
     * A headline and the body that follows it.
     *
     * @param title the headline, normalised, without a final period; may be empty only for an empty body
     * @param body  the article's paragraphs without the headline
     */
    record Titled(String title, List<Block> body) {
        Titled {
            body = List.copyOf(body);
        }
    }
}

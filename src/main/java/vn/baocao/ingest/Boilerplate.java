package vn.baocao.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.text.VietnameseText;

/**
 * Recognises the lines of a news page that are not the article: site chrome and counters, the
 * headings of "other articles" lists, section labels and bylines.
 *
 * <p>Lines are compared accent-folded and lower-cased, so "Tin liên quan", "TIN LIÊN QUAN" and a
 * decomposed copy of either match alike. Every rule looks at a whole line: a phrase like "xem thêm"
 * inside a sentence is prose.
 */
final class Boilerplate {
    private static final Set<String> CHROME_LINES = Set.of(
            "thong tin moi nhat", "thong ke truy cap", "dang nhap", "dang ky", "dang xuat", "trang chu", "ve dau trang",
            "len dau trang", "in bai", "in bai viet", "gui bai viet", "chia se", "chia se bai viet", "binh luan",
            "gui binh luan", "y kien ban doc", "zalo", "facebook", "twitter", "email", "copy link", "sao chep lien ket",
            "quay lai", "tai ve", "bai viet", "lien he", "tim kiem", "theo doi");
    private static final Pattern CHROME_PATTERNS = Pattern.compile(String.join("|",
            // visitor counters: "• Đang truy cập: 1", "Tổng lượt truy cập: 123.456"
            "[•·*-]?\\s*(dang truy cap|dang online|hom nay|hom qua|trong tuan|tuan truoc|trong thang|thang truoc"
                    + "|tong luot truy cap|luot truy cap|tong so luot truy cap|truy cap)\\s*:?\\s*[\\d.,]+",
            "ipv6 ready.*", ".*chung nhan tin nhiem mang.*", "\\d+ (tra loi|binh luan|luot xem|luot thich)",
            "(luot xem|so luot xem|luot doc)\\s*:?\\s*[\\d.,]+", "(tu khoa|tags?)\\s*:.*",
            "(co chu|font size|size)\\s*:?.*",
            // breadcrumbs ("Trang chủ > Thời sự > Đối ngoại", "Trang chủ / Sự kiện") and bare page numbers
            "([^>»/|]{1,30}\\s*[>»]\\s*){1,5}[^>»/|]{1,30}", "trang chu\\s*[/›|]\\s*([^/›|]{1,30}\\s*[/›|]?\\s*){1,4}",
            "\\W*(trang\\s*)?\\d{1,4}\\W*"));
    private static final Set<String> RELATED_HEADINGS = Set.of(
            "tin khac", "cac tin khac", "tin lien quan", "bai lien quan", "bai viet lien quan", "tin bai lien quan",
            "xem them", "doc them", "tin tuc", "tin cung chuyen muc", "cung chuyen muc", "tin moi hon", "tin cu hon",
            "tin da dua", "co the ban quan tam", "tin noi bat", "doc nhieu", "tin doc nhieu", "xem nhieu", "tin moi",
            "tin moi nhat", "thong tin moi nhat");
    // "Vi Trường", "PV", "B.T.V (Theo VGP)", "Hoài Nhung - Thu Hà", "Theo TTXVN", "Nguồn: VGP", "Hồng Nhung (TTXVN)",
    // "Minh Ngọc (thực hiện)"
    private static final Pattern BYLINE = Pattern.compile(
            "(?:(?:\\p{Lu}[\\p{L}.]*|\\p{Lu}(?:\\.\\p{Lu})+\\.?)(?:\\s*[-–,]\\s*|\\s+)?){1,6}"
                    + "(?:\\s*\\((?:(?:[Tt]heo|[Nn]guồn|[Tt]ổng hợp)[^)]{0,40}|\\p{Lu}{2,10}|[Tt]hực hiện)\\))?"
                    + "|(?:[Tt]heo|[Nn]guồn|[Tt]ổng hợp)\\s*:?\\s*[^.!?]{1,40}");
    private static final int MAX_BYLINE = 50;
    private static final int MAX_LABEL_WORDS = 3;

    private Boilerplate() {
    }

    /**
     * True for a line of site chrome (counters, log-in and share buttons, breadcrumbs, page numbers),
     * given its {@link #key}.
     */
    static boolean isChromeKey(String key) {
        return CHROME_LINES.contains(key) || CHROME_PATTERNS.matcher(key).matches();
    }

    /**
     * True for the heading of a list of other articles ("Tin khác", "Tin liên quan:", "Xem thêm"), given
     * its {@link #key}.
     */
    static boolean isRelatedArticlesKey(String key) {
        return RELATED_HEADINGS.contains(key);
    }

    /** True for a short section label such as "Hội nhập" or "Thời sự": at most three words, no punctuation. */
    static boolean isSectionLabel(String line) {
        return line.length() <= 30 && line.split(" ").length <= MAX_LABEL_WORDS && line.matches("[\\p{L} ]+");
    }

    /** True for a byline or credit line: a few capitalised words or initials, or "Theo …"/"Nguồn …", no sentence. */
    static boolean isByline(String line) {
        return line.length() <= MAX_BYLINE && BYLINE.matcher(line).matches();
    }

    /** The form in which the rules compare a line: accent-folded, lower case, without a trailing colon. */
    static String key(String line) {
        String folded = VietnameseText.fold(line);
        return folded.endsWith(":") ? folded.substring(0, folded.length() - 1).strip() : folded;
    }
}

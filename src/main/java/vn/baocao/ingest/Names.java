package vn.baocao.ingest;

import java.util.List;
import java.util.Set;

/**
 * Finds a Vietnamese personal name in a run of capitalised words: two to four syllables starting
 * with a family name (Nguyễn, Trần, Lê, …).
 *
 * <p>Many capitalised words are not names ("Bộ Ngoại giao", "Trung ương Đảng"); starting at a family
 * name rules most of them out, and the rest (places such as "Hà Nội" or "Cao Bằng") only count when
 * a title or honorific stands next to them, which the caller checks. A run longer than a name, as in
 * "UBND tỉnh Cao Bằng Nguyễn Bích Ngọc", holds a place and then the name: the name is the part that
 * starts at the first family name not opening a known place and is at most four syllables long.
 */
final class Names {
    private static final Set<String> FAMILY_NAMES = Set.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Vương", "Trịnh", "Đinh", "Lâm", "Phùng", "Mai", "Tô", "Trương", "Hà", "Lưu", "Đào", "Đoàn",
            "Cao", "Lại", "Tạ", "Hứa", "Châu", "Quách", "Thái", "Lương", "Tống", "Kiều", "Chu", "Triệu", "Mạc", "Lò",
            "Vi", "Hầu", "Nông", "La", "Giáp", "Khổng", "Đàm", "Tăng", "Âu", "Lục", "Thân", "Từ", "Doãn", "Diệp",
            "Khúc",
            "Nghiêm", "Bạch", "Tôn", "Ninh", "Hàn", "Kha", "Lã", "Lữ", "Phí", "Trình");
    // places that open with a family name, as two-syllable keys
    private static final Set<String> PLACES = Set.of("Hà Nội", "Hà Lan", "Hà Giang", "Hà Tĩnh", "Hà Nam", "Hà Quảng",
            "Cao Bằng", "Lâm Đồng", "Châu Âu", "Châu Á", "Châu Phi", "Châu Mỹ", "Thái Lan", "Thái Bình", "Thái Nguyên",
            "Ninh Bình", "Ninh Thuận", "Mai Châu", "Hàn Quốc", "Lý Sơn", "Phan Thiết", "Hồ Tây", "Hồ Gươm");
    // places whose last syllable is a family name: "tỉnh Quảng Ninh Nguyễn Thị Hạnh" is a place, then the name
    private static final Set<String> PLACES_CLOSED_BY_A_FAMILY_NAME = Set.of("Quảng Ninh", "Bắc Ninh", "Tây Ninh",
            "Hải Dương", "Bình Dương", "Lai Châu", "Sơn La", "Thanh Hà", "Long Hồ");
    private static final int MIN_SYLLABLES = 2;
    private static final int MAX_SYLLABLES = 4;

    private Names() {
    }

    /** True when {@code word}, written with a capital, is a Vietnamese family name ("Phạm"). */
    static boolean isFamilyName(String word) {
        return FAMILY_NAMES.contains(word);
    }

    /**
     * True when the run's words from {@code k} name the Youth Union, not a person: "Đoàn Thanh niên", "Đoàn
     * TNCS Hồ Chí Minh", "Đoàn Bộ Ngoại giao", "Đoàn Khối".
     */
    private static boolean opensYouthUnion(List<Token> tokens, int k, int to) {
        if (!tokens.get(k).text().equals("Đoàn")) {
            return false;
        }
        String next = tokens.get(k + 1).text();
        boolean thanhNien = next.equals("Thanh") && to < tokens.size() && tokens.get(to).lower().equals("niên") && k + 2 == to;
        return thanhNien || next.equals("TNCS") || next.equals("TN") || next.equals("Bộ") || next.equals("Khối");
    }

    /** True when the two words open a place written with a family name's syllable ("Hà Nội", "Cao Bằng"). */
    static boolean opensPlace(String first, String second) {
        return PLACES.contains(first + " " + second);
    }

    /** The start of the name inside the capitalised run {@code tokens[from, to)}, or -1 when it holds none. */
    static int startWithin(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            int length = to - k;
            boolean opensPlace = k + 1 < to && (opensPlace(tokens.get(k).text(), tokens.get(k + 1).text())
                    || opensYouthUnion(tokens, k, to))
                    || k > from && PLACES_CLOSED_BY_A_FAMILY_NAME.contains(tokens.get(k - 1).text() + " " + tokens.get(k).text());
            if (length >= MIN_SYLLABLES && length <= MAX_SYLLABLES && FAMILY_NAMES.contains(tokens.get(k).text())
                    && !opensPlace) {
                return k;
            }
        }
        return -1;
    }
}

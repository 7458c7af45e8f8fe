package vn.baocao.ingest;

import java.util.Locale;
import vn.baocao.text.VietnameseText;

/**
 * One title a person holds, split into its head and what it is the head of: "Bộ trưởng" +
 * "Ngoại giao", "Phó Chủ tịch" + "UBND tỉnh", "Thủ tướng" + "Chính phủ".
 *
 * @param head      the office, with "Phó"/"Nguyên"/"Quyền" when present; never blank
 * @param qualifier the body or place it belongs to, or empty
 */
record RoleTitle(String head, String qualifier) {
    private static final String MEMBERSHIP = "ủy viên";

    /** The title as written: "Bộ trưởng Ngoại giao". */
    String text() {
        return qualifier.isEmpty() ? head : head + " " + qualifier;
    }

    /** True for a party membership ("Ủy viên Bộ Chính trị"), which is listed but not the office a person acts in. */
    boolean isMembership() {
        return head.toLowerCase(Locale.ROOT).equals(MEMBERSHIP);
    }

    /**
     * True when a bare mention of this title may refer to someone holding {@code held}: the same head
     * ("Phó Thủ tướng" is not "Thủ tướng") and qualifiers that do not contradict each other ("Ngoại
     * giao" fits "Bộ Ngoại giao"; a missing qualifier fits any).
     */
    boolean mayReferTo(RoleTitle held) {
        if (!head.equalsIgnoreCase(held.head)) {
            return false;
        }
        String mine = VietnameseText.fold(qualifier);
        String theirs = VietnameseText.fold(held.qualifier);
        return mine.isEmpty() || theirs.isEmpty() || mine.contains(theirs) || theirs.contains(mine);
    }
}

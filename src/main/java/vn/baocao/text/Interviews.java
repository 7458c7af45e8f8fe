package vn.baocao.text;

import java.util.regex.Pattern;

/**
 * The turns of an interview or a press briefing that ask rather than answer: a question ("…?"), or a
 * turn the interviewer's label opens ("PV:", "Phóng viên (TTXVN):", "Hỏi:"), whose lead-in is the
 * asker's words even before its question mark.
 */
public final class Interviews {
    private static final Pattern ASKER = Pattern.compile(
            "(?iu)^(?:PV|Phóng viên|Nhà báo|Hỏi|Câu hỏi|Q)(?![\\p{L}\\d])[^:\\n]{0,80}:");

    private Interviews() {
    }

    /** True when the interviewer's or a reporter's label opens {@code text}: "PV:", "Phóng viên báo Tuổi Trẻ: …". */
    public static boolean opensWithAsker(String text) {
        return ASKER.matcher(text.strip()).lookingAt();
    }

    /** True when {@code sentence} asks: it ends with a question mark or the interviewer's label opens it. */
    public static boolean asks(String sentence) {
        String s = sentence.strip();
        return s.endsWith("?") || ASKER.matcher(s).lookingAt();
    }
}

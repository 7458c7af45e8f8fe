package vn.baocao.answer.llm;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.baocao.search.Form;

/**
 * Whether a checked reply gives what its question's form asks for: a how-many question a number, a
 * when-question a date. A reply whose every sentence its sources support may still not answer ("the
 * conference reviewed the year's work [1]" to "how many delegates?"); then the sources did not say it.
 */
final class AskedFor {
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern MARKER = Pattern.compile("\\[\\d{1,3}]");
    /** Numbers written in words, as a reply copying a report may give them ("sáu nhiệm vụ", "hàng trăm"). */
    private static final Pattern NUMBER_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
            + "|mươi|trăm|nghìn|ngàn|triệu|tỷ|hàng chục|hàng trăm|hàng nghìn)(?![\\p{L}])");

    private AskedFor() {
    }

    /** What {@code reply} (its markers aside) lacks that a question of {@code form} asks for, or empty when it gives it (or the form asks for nothing in particular). */
    static Optional<String> missing(Form form, String reply) {
        String text = MARKER.matcher(reply).replaceAll(" ");
        return switch (form) {
            case HOW_MANY -> DIGIT.matcher(text).find() || NUMBER_WORD.matcher(text).find() ? Optional.empty()
                    : Optional.of("a number");
            case WHEN -> DIGIT.matcher(text).find() ? Optional.empty() : Optional.of("a date");
            default -> Optional.empty();
        };
    }
}

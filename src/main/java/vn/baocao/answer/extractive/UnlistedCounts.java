package vn.baocao.answer.extractive;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.text.VietnameseText;

/**
 * Finds a list asked of a count the reports give without naming its members: "12 nước … là những nước
 * nào" answered by "… bổ sung 12 nước vào danh sách …, chủ yếu ở châu Âu" says how many, not which.
 */
final class UnlistedCounts {
    /** The smallest count whose members a question may ask for: "hai"-item lists are written out. */
    private static final int MIN_COUNT = 3;
    /** The words after a number that make it a span of time, folded: "50 năm quan hệ ngoại giao". */
    private static final Set<String> TIME_NOUNS = Set.of("nam", "thang", "ngay", "tuan", "gio", "ky");
    /** What separates the members of a list written in a sentence. */
    private static final Pattern SEPARATOR = Pattern.compile("[,;:]|\\s(?:và|hoặc)\\s");

    private UnlistedCounts() {
    }

    /**
     * The count {@code intent} asks the members of ("danh sách 30 cá nhân", "12 nước … là những nước nào")
     * when {@code best} gives that count with fewer members than it after it, in its sentence or the points
     * that follow; empty otherwise.
     */
    static OptionalInt in(Intent intent, Candidate best) {
        if (intent.form() != Form.LIST && !(intent.form() == Form.WHO_SAID && intent.person() == null)) {
            return OptionalInt.empty();
        }
        for (String number : intent.numbers()) {
            if (!number.matches("\\d{1,4}") || number.matches("(?:19|20)\\d\\d") || Integer.parseInt(number) < MIN_COUNT) {
                continue;
            }
            Matcher at = Pattern.compile("(?<![\\d.,])" + number + "(?![\\d.,/])\\s*(\\p{L}*)").matcher(best.sentence());
            if (!at.find() || TIME_NOUNS.contains(VietnameseText.fold(at.group(1)).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String after = best.sentence().substring(at.end());
            int members = SEPARATOR.split(after).length + Enumerations.following(best).size();
            if (members < Integer.parseInt(number)) {
                return OptionalInt.of(Integer.parseInt(number));
            }
        }
        return OptionalInt.empty();
    }
}

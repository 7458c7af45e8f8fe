package vn.baocao.text;

import java.util.List;
import java.util.Optional;

/**
 * The small counts reports write in words: "năm nhiệm vụ trọng tâm" is "5 nhiệm vụ", "ba nội dung" is
 * "3 nội dung". Folded, so they match accentless text; most of them are other words too ("năm" is a
 * year, "ba" a woman), so they count only before the noun they count.
 */
public final class Cardinals {
    private static final List<String> FOLDED = List.of("mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi");

    private Cardinals() {
    }

    /** The number 1 to 10 that {@code word} writes ("bốn", "bon" → 4), or empty. */
    public static Optional<Integer> of(String word) {
        int at = FOLDED.indexOf(VietnameseText.fold(word).toLowerCase(java.util.Locale.ROOT));
        return at < 0 ? Optional.empty() : Optional.of(at + 1);
    }

    /** The folded word for {@code n} from 1 to 10 ("nam" for 5); empty for any other number. */
    public static Optional<String> folded(int n) {
        return n >= 1 && n <= FOLDED.size() ? Optional.of(FOLDED.get(n - 1)) : Optional.empty();
    }
}

package vn.baocao.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers of meetings written in words, as names of the Diplomatic Conference and the world
 * conferences of overseas Vietnamese often are: "lần thứ tư" is the 4th, "lần thứ nhất" the 1st.
 */
public final class Ordinals {
    /** Folded ordinal words after "thứ" and their numbers; "tư" and "bốn" are both 4. */
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("nhat", 1), Map.entry("hai", 2),
            Map.entry("ba", 3), Map.entry("tu", 4), Map.entry("bon", 4), Map.entry("nam", 5), Map.entry("sau", 6),
            Map.entry("bay", 7), Map.entry("tam", 8), Map.entry("chin", 9), Map.entry("muoi", 10));
    /** The alternation of {@link #WORDS}'s folded forms, for patterns over folded text. */
    public static final String FOLDED_WORDS = "nhat|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi";

    private Ordinals() {
    }

    /** The number an ordinal word after "thứ" means ("tư" → 4, typed with or without marks), or empty. */
    public static Optional<Integer> of(String word) {
        return Optional.ofNullable(WORDS.get(VietnameseText.fold(word).toLowerCase(java.util.Locale.ROOT)));
    }

    /** The folded words that write {@code n} after "thứ" ("tu", "bon" for 4); none above 10. */
    public static List<String> wordsFor(int n) {
        return WORDS.entrySet().stream().filter(e -> e.getValue() == n).map(Map.Entry::getKey).sorted().toList();
    }
}

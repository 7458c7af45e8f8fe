package vn.baocao.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.report.Require;
import vn.baocao.text.VietnameseText;

/**
 * Reads shorthand nobody listed ("TCCS", "clb", "ĐV") as the phrase of the reports whose syllables
 * start with its letters ("tổ chức cơ sở", "câu lạc bộ", "đảng viên"), as a reader of those reports
 * would: people coin such initialisms for whatever their texts say at length, so no list can hold them.
 * Pure: the passages to look in are given, best first.
 */
final class Initialisms {
    /** The shortest and longest shorthand read this way: one letter is no shorthand, seven are a word. */
    static final int MIN_LETTERS = 2;
    static final int MAX_LETTERS = 6;
    /** A joining word a writer leaves out of the initials ("TNMT": tài nguyên và môi trường). */
    private static final String JOINER = "va";
    /** A mark between the parts of a name that its initials leave out ("Lao động - Thương binh và Xã hội"). */
    private static final java.util.Set<String> MARKS = java.util.Set.of("-", "–", "&");
    /** The fewest letters of shorthand that may leave a joiner out: "X và Y" is two words, not one name. */
    private static final int MIN_LETTERS_JOINED = 4;

    /** The commas inside the names of fields of work, folded: "(phong),( chong)". */
    private static final List<Pattern> COMMAS_IN_NAMES = Lexicon.get().commaCompounds().stream()
            .map(c -> Pattern.compile("(?i)(?<!\\p{L})(" + Pattern.quote(VietnameseText.fold(c.get(0))) + "),(\\s*"
                    + Pattern.quote(VietnameseText.fold(c.get(1))) + "(?!\\p{L}))"))
            .toList();

    private Initialisms() {
    }

    /** True when {@code folded} is shaped like shorthand: letters only, of a length initials have. */
    static boolean couldBe(String folded) {
        return folded.length() >= MIN_LETTERS && folded.length() <= MAX_LETTERS
                && folded.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /**
     * The folded phrase whose syllables begin with the letters of {@code initials}, in order, within one
     * clause of {@code passages}; where several do, the one found in the best-ranked passages (a passage
     * at rank r weighs 1/(r+1), summed over the passages having it). Empty when no passage has one.
     */
    static Optional<String> expand(String initials, List<String> passages) {
        Require.that(couldBe(initials), "shorthand of " + MIN_LETTERS + " to " + MAX_LETTERS + " folded letters, not " + initials);
        Map<String, Double> weight = new LinkedHashMap<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            for (String phrase : phrasesIn(initials, passages.get(rank))) {
                weight.merge(phrase, 1.0 / (rank + 1), Double::sum);
            }
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** Each distinct phrase of {@code text} the initials stand for, in the order first found. */
    static List<String> phrasesIn(String initials, String text) {
        List<String> found = new ArrayList<>();
        // "phòng, chống tham nhũng" is one name, its comma no end of a clause: PCTN
        String folded = VietnameseText.fold(text);
        for (Pattern comma : COMMAS_IN_NAMES) {
            folded = comma.matcher(folded).replaceAll("$1$2");
        }
        for (String clause : folded.split("[.,;:!?()\\[\\]\"“”'‘’\\n]+")) {
            String[] syllables = clause.strip().split("\\s+");
            for (int start = 0; start < syllables.length; start++) {
                String phrase = phraseAt(initials, syllables, start);
                if (phrase != null && !found.contains(phrase)) {
                    found.add(phrase);
                }
            }
        }
        return found;
    }

    /** The phrase starting at {@code start} that {@code initials} stand for, or null. */
    private static String phraseAt(String initials, String[] syllables, int start) {
        StringBuilder phrase = new StringBuilder();
        int at = start;
        for (int letter = 0; letter < initials.length(); letter++) {
            if (letter > 0 && at < syllables.length && MARKS.contains(syllables[at])) {
                at++;
            }
            if (letter > 0 && initials.length() >= MIN_LETTERS_JOINED && at < syllables.length
                    && syllables[at].equals(JOINER)) {
                phrase.append(' ').append(JOINER);
                at++;
            }
            if (at >= syllables.length || syllables[at].isEmpty() || syllables[at].charAt(0) != initials.charAt(letter)
                    || !syllables[at].chars().allMatch(Character::isLetter)) {
                return null;
            }
            phrase.append(letter > 0 ? " " : "").append(syllables[at]);
            at++;
        }
        return phrase.toString();
    }
}

package vn.baocao.lexicon;

import java.util.List;
import java.util.Locale;
import vn.baocao.report.Require;
import vn.baocao.text.VietnameseText;

/**
 * A phrase of the lexicon, as the words it matches.
 *
 * <p>A word typed with diacritics matches only the same accented word; a word typed without them
 * matches any word that folds to it ("yeu cau" is "yêu cầu"), unless the phrase is <i>exact</i>: its
 * folded form is also another common phrase ("đâu" folds to the "dau" of "đầu", "người viết" to the
 * "nguoi viet" of "người Việt"), so it matches only typed with its diacritics.
 * A <i>cased</i> phrase (an abbreviation such as "NG") matches only when typed in its own case, since
 * lower case it is another word ("ng" for "người").
 *
 * @param lower  its words in lower case, accented
 * @param folded its words folded
 * @param exact  whether a word typed without diacritics may not match it
 * @param cased  whether it must be typed in the case given ({@code original})
 * @param original its words as written in the lexicon
 */
record Phrase(List<String> lower, List<String> folded, boolean exact, boolean cased, List<String> original) {

    /**
     * The phrase written {@code text}: a leading "=" makes it exact, a leading "^" makes it cased, "^=" both.
     */
    static Phrase of(String text) {
        String t = text.strip();
        boolean exact = false;
        boolean cased = false;
        while (t.startsWith("=") || t.startsWith("^")) {
            exact |= t.charAt(0) == '=';
            cased |= t.charAt(0) == '^';
            t = t.substring(1).strip();
        }
        String normal = VietnameseText.normalize(t);
        List<Word> words = Words.of(normal);
        Require.that(!words.isEmpty(), "a lexicon phrase needs a word: \"" + text + "\"");
        return new Phrase(words.stream().map(w -> w.lower().toLowerCase(Locale.ROOT)).toList(),
                words.stream().map(Word::folded).toList(), exact, cased, words.stream().map(Word::text).toList());
    }

    int size() {
        return lower.size();
    }

    /** True when the words of {@code text} from {@code at} are this phrase. */
    boolean matchesAt(List<Word> text, int at) {
        if (at + lower.size() > text.size()) {
            return false;
        }
        for (int k = 0; k < lower.size(); k++) {
            Word w = text.get(at + k);
            // typed without diacritics, a cased word is matched by its case alone: "My" is "Mỹ", "my" is not
            if (cased && !(w.accented() ? w.text().equals(original.get(k)) : sameCase(w.text(), original.get(k)))) {
                return false;
            }
            boolean same = w.accented() ? w.lower().equals(lower.get(k))
                    : w.folded().equals(folded.get(k)) && (!exact || lower.get(k).equals(folded.get(k)));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code a} and {@code b} have as many characters, upper case at the same places. */
    private static boolean sameCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (Character.isUpperCase(a.charAt(i)) != Character.isUpperCase(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The phrase's words joined by spaces, accented. */
    String text() {
        return String.join(" ", lower);
    }
}

package vn.baocao.search;

import java.util.regex.Pattern;
import vn.baocao.text.VietnameseText;

/**
 * A phrase that signals something in a question, as a regular expression over whole words in two
 * forms: accented, for questions typed with diacritics, and folded, for those typed without.
 *
 * <p>Expressions are written in lower case with single spaces between words and match only between
 * the spaces of {@link QuestionText#padded()}; {@code [^ ]+} stands for any one word.
 */
record Cue(Pattern accented, Pattern folded) {

    /** A cue whose folded form is {@code regex} with its accents removed. Use no upper-case escapes. */
    static Cue of(String regex) {
        return of(regex, VietnameseText.fold(regex));
    }

    /** A cue whose folded form differs from its plain folding, e.g. to keep "mấy" from matching "máy". */
    static Cue of(String accentedRegex, String foldedRegex) {
        return new Cue(words(accentedRegex), words(foldedRegex));
    }

    /** The form that applies to {@code text}. */
    Pattern in(QuestionText text) {
        return text.accented() ? accented : folded;
    }

    private static Pattern words(String regex) {
        return Pattern.compile("(?<= )(?:" + regex + ")(?= )");
    }
}

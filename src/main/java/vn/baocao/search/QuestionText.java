package vn.baocao.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.baocao.text.VietnameseText;

/**
 * A question reduced to the forms the parser matches on.
 *
 * <p>A question typed with any diacritic is matched in its accented form; one typed without any, in its
 * folded form. Matching accented questions with accents keeps apart words that fold alike ("đâu"/"đầu",
 * "mấy"/"máy"). Names are always matched folded.
 *
 * @param lower       the question normalised ({@link VietnameseText#normalize}) and lower-cased
 * @param accented    whether the question carries a diacritic
 * @param words       the question's words in the matching form (runs of letters, marks and digits)
 * @param padded      {@code words} joined by single spaces with a space at each end, so that a cue
 *                    expression framed by spaces matches whole words only
 * @param foldedWords the question's words folded, for accent-insensitive name matching
 */
record QuestionText(String lower, boolean accented, List<String> words, String padded, List<String> foldedWords) {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    static QuestionText of(String question) {
        String lower = VietnameseText.normalize(question).toLowerCase(Locale.ROOT);
        boolean accented = VietnameseText.hasDiacritics(lower);
        List<String> words = split(accented ? lower : VietnameseText.fold(lower));
        String padded = words.isEmpty() ? " " : " " + String.join(" ", words) + " ";
        return new QuestionText(lower, accented, words, padded, split(VietnameseText.fold(lower)));
    }

    /** Whether {@code cue} matches some words of the question. */
    boolean has(Cue cue) {
        return cue.in(this).matcher(padded).find();
    }

    private static List<String> split(String text) {
        String spaced = NOT_WORD.matcher(text).replaceAll(" ").strip();
        return spaced.isEmpty() ? List.of() : List.copyOf(Arrays.asList(spaced.split(" ")));
    }
}

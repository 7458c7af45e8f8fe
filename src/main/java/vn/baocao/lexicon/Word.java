package vn.baocao.lexicon;

/**
 * A word of a text: a run of letters, marks and digits.
 *
 * @param text   the word as written (normalised: NFC, traditional tone placement)
 * @param lower  the word in lower case
 * @param folded the word in lower case without diacritics, "đ" read as "d"
 * @param start  where it starts in the text
 * @param end    where it ends in the text (exclusive)
 */
public record Word(String text, String lower, String folded, int start, int end) {

    /** True when the word was typed with a diacritic (or "đ"): it means only its accented self. */
    public boolean accented() {
        return !lower.equals(folded);
    }

    /** True when the word is all digits. */
    public boolean isNumber() {
        return !lower.isEmpty() && lower.chars().allMatch(Character::isDigit);
    }
}

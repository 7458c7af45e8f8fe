package vn.baocao.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normal forms of Vietnamese text, so that the same word is always spelled the same way.
 *
 * <p>Two spellings of one syllable are common: Unicode composed (NFC) or decomposed (NFD) marks, and
 * the tone mark placed on either vowel of a final "oa", "oe", "uy" ("hoà"/"hòa", "thuỷ"/"thủy").
 * {@link #normalize} picks one of each; {@link #fold} drops all marks for accent-insensitive matching.
 */
public final class VietnameseText {
    // The toned vowels that move: a/e after "o", y after "u".
    private static final String TONED_A_E = "\u00E0\u00E1\u1EA3\u00E3\u1EA1\u00E8\u00E9\u1EBB\u1EBD\u1EB9"
            + "\u00C0\u00C1\u1EA2\u00C3\u1EA0\u00C8\u00C9\u1EBA\u1EBC\u1EB8";
    private static final String TONED_Y = "\u1EF3\u00FD\u1EF7\u1EF9\u1EF5\u1EF2\u00DD\u1EF6\u1EF8\u1EF4";
    // A syllable-final oa/oe/uy with the tone on its second vowel, not after "q" (in "quý" the u is
    // part of the consonant "qu", so the tone belongs on the y in both spelling traditions).
    private static final Pattern NEW_STYLE_TONE = Pattern.compile(
            "(?<![qQ])(?:([oO])([" + TONED_A_E + "])|([uU])([" + TONED_Y + "]))(?!\\p{L})");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    // Control characters (terminal escapes among them) and private-use characters carry no text; a
    // report must not be able to clear the user's terminal or forge the composer's internal markers.
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Co}&&[^\\t\\n\\r]]+");

    // Two noncharacters, which no text holds, mark the entries of BASES that are not a base letter.
    private static final char ONLY_MARKS = '\uFFFE';
    private static final char NOT_IN_TABLE = '\uFFFF';
    private static final char[] BASES = bases();

    private VietnameseText() {
    }

    /**
     * Returns {@code text} in NFC with tone marks in the traditional place ("hòa", "thủy"), control and
     * private-use characters removed, and runs of white space (including no-break and zero-width
     * spaces) collapsed to one space; never null.
     */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // The patterns run only on text that needs them: most lines are clean already (and ingest
        // normalises every line twice, as read and as cleaned).
        String visible = mayHaveInvisible(text) ? INVISIBLE.matcher(text).replaceAll("") : text;
        String nfc = Normalizer.normalize(visible, Normalizer.Form.NFC);
        String toned = canonicalTones(nfc);
        return (needsSpaceCollapse(toned) ? SPACES.matcher(toned).replaceAll(" ") : toned).strip();
    }

    /** Moves the tone of a syllable-final "oa", "oe", "uy" to its first vowel; expects NFC input. */
    public static String canonicalTones(String nfc) {
        if (!mayHaveNewStyleTones(nfc)) {
            return nfc; // the common case, decided without a regex
        }
        Matcher m = NEW_STYLE_TONE.matcher(nfc);
        if (!m.find()) {
            return nfc;
        }
        StringBuilder out = new StringBuilder(nfc.length());
        do {
            String first = m.group(1) != null ? m.group(1) : m.group(3);
            String toned = Normalizer.normalize(m.group(1) != null ? m.group(2) : m.group(4), Normalizer.Form.NFD);
            String moved = Normalizer.normalize(first + toned.substring(1), Normalizer.Form.NFC) + toned.charAt(0);
            m.appendReplacement(out, Matcher.quoteReplacement(moved));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * False when {@link #canonicalTones} certainly leaves {@code nfc} as it is: no "o" or "u" is followed
     * by a toned vowel of the kind that moves and then by the end of the syllable. A cheap scan, for the
     * text and every token that goes through tone canonicalisation ("toàn" and "hòa" do not qualify).
     */
    public static boolean mayHaveNewStyleTones(CharSequence nfc) {
        for (int i = 1; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            char before = nfc.charAt(i - 1);
            boolean moving = (before == 'o' || before == 'O') && TONED_A_E.indexOf(c) >= 0
                    || (before == 'u' || before == 'U') && TONED_Y.indexOf(c) >= 0;
            if (moving && (i + 1 == nfc.length() || !isLetterOrSurrogate(nfc.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** What the pattern's {@code (?!\p{L})} could reject; a surrogate is left for the pattern to judge. */
    private static boolean isLetterOrSurrogate(char c) {
        return Character.isLetter(c) || Character.isSurrogate(c);
    }

    /**
     * Returns {@code text} lower-cased with every diacritic removed and "đ" read as "d", white space
     * collapsed: "Bùi Thanh Sơn" and "bui thanh son" fold to the same string.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String unmarked = withoutMarksByTable(text);
        return (unmarked != null ? unmarked : withoutMarks(text)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The runs of letters and numbers of {@code text} folded ({@link #fold}), in order: what splitting it
     * on the regex {@code [^\p{L}\p{N}]+} gives, without its empty strings. "Bùi Thanh Sơn," → [bui,
     * thanh, son]. A loop rather than a regex split: every sentence an answer or a summary weighs goes
     * through here.
     */
    public static List<String> foldedWords(String text) {
        String folded = fold(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            boolean inWord = Character.isLetter(c) || isNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            out.add(folded.substring(start));
        }
        return out;
    }

    /** True when {@code c} is a number as the regex class \p{N} has it: digits, but also "Ⅻ" and "½". */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * {@code text} decomposed (NFD) with "đ" read as "d", marks dropped and white space runs collapsed to
     * one space; not yet stripped or lower-cased.
     */
    private static String withoutMarks(String text) {
        String nfd = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        // one pass instead of two regex replacements (fold runs on every line at ingest): drop marks,
        // then collapse white space runs, which may have had marks between them, to one space
        StringBuilder out = new StringBuilder(nfd.length());
        boolean inSpaces = false;
        for (int i = 0; i < nfd.length(); ) {
            int c = nfd.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                continue;
            }
            if (isSpace(c)) {
                if (!inSpaces) {
                    out.append(' ');
                }
                inSpaces = true;
            } else {
                out.appendCodePoint(c);
                inSpaces = false;
            }
        }
        return out.toString();
    }

    /**
     * What {@link #withoutMarks} returns, read off {@link #BASES} a character at a time, or null when
     * {@code text} has a character the table does not cover. Decomposing a string is decomposing each
     * character and then reordering marks, which are all dropped, so the table gives the same result
     * several times faster than the normaliser: ingest folds every line of every report.
     */
    private static String withoutMarksByTable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpaces = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char base = c < BASES.length ? BASES[c] : NOT_IN_TABLE;
            if (base == NOT_IN_TABLE) {
                return null;
            }
            if (base == ONLY_MARKS) {
                continue;
            }
            if (isSpace(base)) {
                if (!inSpaces) {
                    out.append(' ');
                }
                inSpaces = true;
            } else {
                out.append(base);
                inSpaces = false;
            }
        }
        return out.toString();
    }

    /**
     * For each character below U+2070 (Latin with its accents, Vietnamese's own letters, combining
     * marks, and the quotes and dashes of general punctuation): what {@link #withoutMarks} leaves of it
     * alone, {@link #ONLY_MARKS} when nothing, or {@link #NOT_IN_TABLE} when more than one character.
     */
    private static char[] bases() {
        char[] table = new char[0x2070];
        for (char c = 0; c < table.length; c++) {
            String nfd = Normalizer.normalize(String.valueOf(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c), Normalizer.Form.NFD);
            int[] kept = nfd.codePoints().filter(point -> !isMark(point)).toArray();
            boolean single = kept.length == 1 && Character.isBmpCodePoint(kept[0])
                    && kept[0] != ONLY_MARKS && kept[0] != NOT_IN_TABLE;
            table[c] = kept.length == 0 ? ONLY_MARKS : single ? (char) kept[0] : NOT_IN_TABLE;
        }
        return table;
    }

    /** A combining mark: general category M, as the regex {@code \p{M}} reads it. */
    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** What {@link #SPACES} matches, one character of it. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x00A0
                || c == 0x2007 || c == 0x202F || c == 0x200B || c == 0xFEFF;
    }

    /** False when {@link #SPACES} would change nothing: no white space but single plain spaces. */
    private static boolean needsSpaceCollapse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** False when {@link #INVISIBLE} certainly matches nothing; a surrogate is left for the pattern to judge. */
    private static boolean mayHaveInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' || type == Character.PRIVATE_USE
                    || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with its first letter a capital: "hội nghị tổng kết năm 2024" → "Hội nghị tổng kết năm 2024". */
    public static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** True when {@code text} carries at least one Vietnamese diacritic (or "đ"). */
    public static boolean hasDiacritics(String text) {
        return text != null && !fold(text).equals(SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT));
    }

    /**
     * True when {@code text} was typed with Vietnamese marks: some word other than an acronym in capitals
     * carries one. "vi sao VN truot ghe HĐBA" was typed without them: "HĐBA" is written so on any keyboard.
     */
    public static boolean typedWithDiacritics(String text) {
        if (text == null) {
            return false;
        }
        for (String word : SPACES.split(text)) {
            boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            if (!acronym && hasDiacritics(word)) {
                return true;
            }
        }
        return false;
    }
}

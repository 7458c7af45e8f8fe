package vn.baocao.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the marks of the news wire off a paragraph of prose: the agency prefix of a lead
 * ("TTXVN - ", "(CLO) ", "Hà Nội (TTXVN) - ", "(Chinhphu.vn) - ") and the end marker "./.".
 *
 * <p>A prefix is only taken when it is an agency's tag — parenthesised at the very start, or a known
 * wire name before a dash — so that a paragraph opening with "ASEAN - Nhật Bản …" keeps its words.
 */
final class Prose {
    private static final Pattern AGENCY_PREFIX = Pattern.compile(
            "^(?:(?:Hà Nội|TP\\.? ?HCM|TP\\.? Hồ Chí Minh)\\s*)?"
                    + "(?:\\(\\s*\\p{L}[\\p{L}\\d.&]{1,24}\\s*\\)\\s*[-–—:]?\\s*"
                    + "|(?:TTXVN|VNA|VOV|VOV\\.VN|VTV|VTC|VGP|PLO|CLO|TTO|NDĐT|QĐND|ĐCSVN|CAND|TG&VN|Chinhphu\\.vn"
                    + "|Baoquocte\\.vn|VietnamPlus|Dân trí|Dantri)\\s*[-–—]\\s*)"
                    + "(?=[\\p{Lu}\\d\"“])");
    private static final Pattern AGENCY_NAME = Pattern.compile("\\(\\s*([^)]+?)\\s*\\)|([\\p{L}][\\p{L}\\d.&]*(?:\\s[\\p{L}]+)?)\\s*[-–—]");
    private static final String MARKER = "./.";
    private static final Pattern END_MARKER = Pattern.compile("\\s*\\./\\.\\s*$");
    /** The number that opens a numbered section's name, in digits or Roman numerals: "1. ", "II. ", "3) ". */
    static final String SECTION_NUMBER = "(?:\\d{1,2}|[IVX]{1,4})[.)]\\s+";

    private Prose() {
    }

    /** The agency whose tag opens {@code paragraph} ("TTXVN", "CLO", "Chinhphu.vn"), or empty. */
    static String agency(String paragraph) {
        Matcher prefix = AGENCY_PREFIX.matcher(paragraph);
        if (!prefix.lookingAt()) {
            return "";
        }
        Matcher name = AGENCY_NAME.matcher(prefix.group());
        return name.find() ? name.group(1) != null ? name.group(1) : name.group(2) : "";
    }

    /** A line opened by a short label and a colon: "Thời gian: …", "Địa điểm: …", "Thời gian, địa điểm: …". */
    private static final Pattern LABELLED =
            Pattern.compile("(?u)\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){0,3}(?:,\\s*\\p{Ll}+(?:\\s+\\p{Ll}+)?)?\\s*:");

    /** The longest line read as a masthead. */
    private static final int MAX_MASTHEAD = 140;

    /** True when {@code text} opens with a short label and a colon, as minutes' header lines do: no headline, no name. */
    static boolean isLabelled(String text) {
        return LABELLED.matcher(text.strip()).lookingAt();
    }

    /**
     * True when {@code text} is a masthead or a kicker set above a headline: a short line of parts set apart by
     * bars ("Vụ Thi đua - Khen thưởng và Truyền thống | Số 52/2024"). It says where the piece appeared, not what
     * it is.
     */
    static boolean isMasthead(String text) {
        String t = text.strip();
        return t.length() <= MAX_MASTHEAD && t.contains(" | ") && !t.contains("\n");
    }

    /** True when {@code text} has letters and all of them are capitals: a letterhead, a headline set in capitals. */
    static boolean inCapitals(String text) {
        return text.equals(text.toUpperCase(java.util.Locale.ROOT)) && text.chars().anyMatch(Character::isLetter);
    }

    /** {@code paragraph} without an agency prefix or a trailing "./."; a sentence keeps its final period. */
    static String tidy(String paragraph) {
        // both patterns are anchored: matching at the start, and searching only when "./." is there,
        // spares the regex engine a try at every offset of every paragraph
        Matcher prefix = AGENCY_PREFIX.matcher(paragraph);
        String text = prefix.lookingAt() ? paragraph.substring(prefix.end()) : paragraph;
        if (text.contains(MARKER) && END_MARKER.matcher(text).find()) {
            text = END_MARKER.matcher(text).replaceFirst("");
            text = text.matches("(?s).*[.!?…]$") ? text : text + ".";
        }
        return text;
    }
}

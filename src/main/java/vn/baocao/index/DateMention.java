package vn.baocao.index;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.report.Require;

/**
 * A day and month (and possibly a year) written in Vietnamese text: "5/7", "05/07", "31-1",
 * "06/01/1946", "ngày 5 tháng 7 năm 2023" (accents optional), or ISO "2023-07-05".
 *
 * <p>A leading "ngày" belongs to the mention, so that a question's "ngày 5/7" leaves no stray word
 * behind. A period such as "6 tháng đầu năm" is not a date, and neither is a fraction-like "192/193" or a year
 * range "2020-2021". "5-7" is read as a date even where it is a range of numbers: a rare false positive
 * that only adds a weak clause to a query.
 *
 * @param date  the day and month
 * @param year  the year written with it, or 0
 * @param start where the mention starts in the text it was found in
 * @param end   where it ends (exclusive)
 */
public record DateMention(MonthDay date, int year, int start, int end) {
    /*
     * The patterns start at the day's digits; the word before them ("ngày", "mùng"), which they used to
     * start with, is looked for backwards (see openerBefore). A pattern that starts with a choice of
     * words is tried at every offset of a passage, and that was a twentieth of an ingest.
     */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/\\-])(?<d>\\d{1,2})[/\\-](?<m>\\d{1,2})(?:[/\\-](?<y>\\d{4}))?(?![\\d/\\-])");
    /** Words that may open a numeric date, and then belong to its mention: "ngày 5/7". */
    private static final List<String> NUMERIC_OPENERS = List.of("ngày", "ngay", "hôm", "hom");
    private static final Pattern ISO = Pattern.compile("(?<![\\d/\\-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d/\\-])");
    private static final Pattern WORDS = Pattern.compile(
            "(?<d>\\d{1,2})\\s+th[áa]ng\\s+(?<m>\\d{1,2})(?:\\s+n[ăa]m\\s+(?<y>\\d{4}))?(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words one of which opens a date written in words: "mùng 5 tháng 7". */
    private static final List<String> WORDS_OPENERS = List.of("ngày", "ngay", "mùng", "mung", "mồng", "mong");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    public DateMention {
        Require.notNull(date, "date");
        Require.that(year == 0 || (year >= MIN_YEAR && year <= MAX_YEAR), "year out of range: " + year);
    }

    /** Every date mentioned in {@code text} (expected in NFC), in order of appearance; empty for none. */
    public static List<DateMention> findAll(String text) {
        List<DateMention> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        // Most passages have no date; cheap scans spare them the patterns, the costliest part of indexing.
        if (hasDigitSeparatorDigit(text)) {
            collect(text, NUMERIC.matcher(text), NUMERIC_OPENERS, false, found);
            collect(text, ISO.matcher(text), List.of(), false, found);
        }
        if (mentionsMonth(text)) {
            collect(text, WORDS.matcher(text), WORDS_OPENERS, true, found);
        }
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        return found;
    }

    /** The {@code dates} field token for a day and month, and a year unless it is 0: "5/7", "5/7/2023". */
    public static String token(MonthDay date, int year) {
        String dayMonth = date.getDayOfMonth() + "/" + date.getMonthValue();
        return year == 0 ? dayMonth : dayMonth + "/" + year;
    }

    /** The index token for the day and month, without leading zeros: "5/7". */
    public String dayMonthToken() {
        return token(date, 0);
    }

    /** The index token with the year, "5/7/2023", or empty when no year was written. */
    public String fullToken() {
        return year == 0 ? "" : token(date, year);
    }

    /** Whether some digit is followed by "/" or "-" and another digit, as in every numeric or ISO date. */
    private static boolean hasDigitSeparatorDigit(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '/' || c == '-') && isAsciiDigit(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "tháng" or "thang" occurs in any case, as in every date written in words. */
    private static boolean mentionsMonth(String text) {
        for (int i = 0; i + 5 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 't' || c == 'T')
                    && (text.regionMatches(true, i, "tháng", 0, 5) || text.regionMatches(true, i, "thang", 0, 5))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Adds the dates {@code m} finds in {@code text}, each from the opener right before it (one of
     * {@code openers}, then white space) when there is one; without one, a match counts only unless
     * {@code openerRequired}. As the patterns with their openers in front would: a mention never starts
     * before the end of the one found before it, and a number pair that is no date still ends a match.
     */
    private static void collect(String text, Matcher m, List<String> openers, boolean openerRequired,
                                List<DateMention> found) {
        int lastEnd = 0;
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            int start = openerBefore(text, m.start(), lastEnd, openers);
            if (start < 0 && openerRequired) {
                from = m.start() + 1;
                continue;
            }
            MonthDay date = monthDay(m.group("d"), m.group("m"));
            int year = m.group("y") == null ? 0 : Integer.parseInt(m.group("y"));
            if (date != null && (year == 0 || isValid(date, year))) {
                found.add(new DateMention(date, year, start < 0 ? m.start() : start, m.end()));
            }
            lastEnd = m.end();
            from = m.end();
        }
    }

    /**
     * Where one of {@code openers} (any case) starts, followed by white space up to {@code digits}, not
     * before {@code notBefore}; -1 when there is none.
     */
    private static int openerBefore(String text, int digits, int notBefore, List<String> openers) {
        int end = digits;
        while (end > notBefore && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == digits) {
            return -1;
        }
        for (String opener : openers) {
            int start = end - opener.length();
            if (start >= notBefore && text.regionMatches(true, start, opener, 0, opener.length())) {
                return start;
            }
        }
        return -1;
    }

    /** What the regex class {@code \\s} matches without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static MonthDay monthDay(String day, String month) {
        try {
            return MonthDay.of(Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null; // "45/13" is a number pair, not a date
        }
    }

    private static boolean isValid(MonthDay date, int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR && date.isValidYear(year); // 29/2 needs a leap year
    }
}

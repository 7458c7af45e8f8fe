package vn.baocao.answer.extractive;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table rows of a year, as ingest writes a table's row out ("Năm: 2020; Hộ chiếu: 142.300"): the row of
 * 2021 gives 2021's figures, so a question of a year is answered from that year's row.
 */
final class YearRows {
    /** The year a table row is of: "Năm: 2020;" as a row of a table is written out. */
    private static final Pattern ROW_YEAR = Pattern.compile("(?iu)^\\s*năm\\s*:\\s*((?:19|20)\\d\\d)\\b");

    /** A year a sentence gives as its time: "năm 2024", "9 tháng đầu năm 2024", "tháng 9/2024", "quý I/2024". */
    private static final Pattern PERIOD_YEAR = Pattern.compile(
            "(?iu)(?:\\bnăm\\s+|\\bniên vụ\\s+|\\btháng\\s+\\d{1,2}\\s*/\\s*|\\bquý\\s+[IV1-4]+\\s*/\\s*)((?:19|20)\\d\\d)\\b");
    /** The words before a year that make it the year compared with, not the sentence's time ("so với năm 2022"). */
    private static final Pattern COMPARED = Pattern.compile("(?iu)so với(?: cùng kỳ| cùng thời điểm)?\\s*$");
    /** How far before a year "so với" makes it the year compared with. */
    private static final int COMPARED_REACH = 24;
    /** How far after the number a year is the one it is a target for: "2 tỷ USD vào năm 2026". */
    private static final int TARGET_REACH = 30;

    private YearRows() {
    }

    /** The year of {@code sentence} when it is a table row of a year, else 0. */
    static int yearOf(String sentence) {
        Matcher row = ROW_YEAR.matcher(sentence);
        return row.find() ? Integer.parseInt(row.group(1)) : 0;
    }

    /** True when {@code sentence} is a table row of a year and the question asks of other {@code years}. */
    static boolean isOfAnotherYear(String sentence, List<Integer> years) {
        int year = yearOf(sentence);
        return !years.isEmpty() && year != 0 && !years.contains(year);
    }

    /**
     * {@code candidates} without the rows of other years than {@code years} when some row of a year asked is
     * among them; else {@code candidates} as they are (a table of other years may still be what answers).
     */
    static List<Candidate> ofTheYearsAsked(List<Candidate> candidates, List<Integer> years) {
        boolean rowOfAYearAsked = candidates.stream().anyMatch(c -> years.contains(yearOf(c.sentence())));
        return !rowOfAYearAsked ? candidates
                : candidates.stream().filter(c -> !isOfAnotherYear(c.sentence(), years)).toList();
    }

    /**
     * True when the time {@code sentence} gives the number counted at {@code upTo} is a year and none of {@code
     * years}: the year written before it ("Trong 9 tháng đầu năm 2024, có 31 tàu cá…" counts 2024's boats, not
     * 2023's), else one right after it (a target: "đạt 2 tỷ USD vào năm 2026"). A year it compares with ("tăng
     * 17% so với năm 2023") is not its time.
     */
    static boolean isOfAnotherPeriod(String sentence, int upTo, List<Integer> years) {
        if (years.isEmpty()) {
            return false;
        }
        Matcher m = PERIOD_YEAR.matcher(sentence);
        int last = 0;
        int after = 0;
        while (m.find()) {
            if (COMPARED.matcher(sentence.substring(Math.max(0, m.start() - COMPARED_REACH), m.start())).find()) {
                continue;
            }
            if (m.start() < upTo) {
                last = Integer.parseInt(m.group(1));
            } else if (m.start() - upTo <= TARGET_REACH && after == 0) {
                after = Integer.parseInt(m.group(1));
            }
        }
        int time = last != 0 ? last : after;
        return time != 0 && !years.contains(time);
    }
}

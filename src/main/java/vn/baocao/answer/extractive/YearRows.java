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
}

package vn.baocao.answer.extractive;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days and hours a report's sentence gives, as its writer put them: a day and month ("Chiều ngày
 * 31-1"), a run of days ("trong hai ngày 27 và 28/8/2024"), the part of a day, an hour ("15h00"). What
 * "when" answers are made of, read from sentences without an index.
 */
final class DaysInText {
    private static final Pattern DAY_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?!\\d)");
    /** A part of the day before a day and month: "Chiều ngày 31-1", "Sáng nay 6/1", "sáng 10/1". */
    private static final Pattern PART_OF_DAY = Pattern.compile("(?iu)(?<!\\p{L})(sáng|chiều|tối|trưa)(?:\\s+nay)?(?:\\s+ngày)?"
            + "\\s*\\(?\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?!\\d)");
    /** An hour of the day as reports write it: "15h00", "8h30", "lúc 9 giờ", "14:30". */
    private static final Pattern HOUR = Pattern.compile("(?iu)(?<![\\p{L}\\d/.:])(?:lúc\\s+)?(?:[01]?\\d|2[0-3])"
            + "(?:\\s*h\\s*[0-5]\\d|\\s*h(?!\\p{L})|\\s+giờ(?:\\s+[0-5]?\\d(?:\\s+phút)?)?|:[0-5]\\d)(?![\\p{L}\\d])");
    /**
     * Days from first to last: "từ ngày 19 đến ngày 21/12/2023", "từ 19/12 đến 21/12", "19-21/12/2023",
     * "27 và 28/8/2024".
     */
    private static final Pattern RANGE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:từ\\s+(?:ngày\\s+)?\\d{1,2}(?:\\s*[/-]\\s*\\d{1,2})?"
            + "(?:\\s*[/-]\\s*\\d{4})?\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:ngày\\s+)?\\d{1,2}\\s*[/-]\\s*\\d{1,2}(?:\\s*[/-]\\s*\\d{4})?"
            + "|\\d{1,2}\\s*(?:[-–]|\\svà\\s)\\s*\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{4})?)(?!\\d)");
    /** In a run of days, its first day and, after the first slash, its month. */
    private static final Pattern FIRST_DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern MONTH = Pattern.compile("/\\s*(\\d{1,2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?");

    private DaysInText() {
    }

    /** The first hour {@code sentence} gives, as written: "15h00", "lúc 9 giờ". */
    static Optional<String> hourIn(String sentence) {
        Matcher m = HOUR.matcher(sentence);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    /** The hours {@code sentence} gives, in order and as written, without a leading "lúc": "14h00", "16h20". */
    static List<String> hoursIn(String sentence) {
        Matcher m = HOUR.matcher(sentence);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group().strip().replaceFirst("(?iu)^lúc\\s+", ""));
        }
        return out;
    }

    /** The first run of days {@code sentence} gives, as written: "từ ngày 19 đến ngày 21/12/2023". */
    static Optional<String> runIn(String sentence) {
        Matcher m = RANGE.matcher(sentence);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    /** "chiều " when {@code sentence} puts {@code date} in the afternoon ("Chiều ngày 31-1"), and so on; else "". */
    static String partOfDay(String sentence, LocalDate date) {
        Matcher m = PART_OF_DAY.matcher(sentence);
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) == date.getDayOfMonth() && Integer.parseInt(m.group(3)) == date.getMonthValue()) {
                return m.group(1).toLowerCase(java.util.Locale.ROOT) + " ";
            }
        }
        return "";
    }

    /** The last day of the run of days {@code sentence} gives from {@code first}, if it gives one: "27 và 28/8/2024" → 28/8/2024. */
    static Optional<LocalDate> lastDayOfRun(String sentence, LocalDate first) {
        return runFrom(sentence, first).flatMap(run -> {
            Matcher m = DAY_MONTH_YEAR.matcher(run);
            Optional<LocalDate> last = Optional.empty();
            while (m.find()) {
                int month = Integer.parseInt(m.group(2));
                int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : first.getYear() + (month < first.getMonthValue() ? 1 : 0);
                int day = Integer.parseInt(m.group(1));
                boolean real = month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
                last = real ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
            }
            return last.filter(day -> day.isAfter(first));
        });
    }

    /** The run of days {@code sentence} gives that starts on {@code date}'s day and month ("27 và 28/8/2024"), if any. */
    static Optional<String> runFrom(String sentence, LocalDate date) {
        Matcher run = RANGE.matcher(sentence);
        while (run.find()) {
            Matcher day = FIRST_DAY.matcher(run.group());
            Matcher month = MONTH.matcher(run.group());
            if (day.find() && month.find() && Integer.parseInt(day.group()) == date.getDayOfMonth()
                    && Integer.parseInt(month.group(1)) == date.getMonthValue()) {
                return Optional.of(run.group().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
            }
        }
        return Optional.empty();
    }

    /** True when {@code sentence} writes {@code date}'s day and month ("10/1", "31-1", "22/07/2019"). */
    static boolean statesDay(String sentence, LocalDate date) {
        // "22/7", and as official documents write it, "ngày 22 tháng 7"
        for (Pattern form : List.of(DAY_MONTH, DAY_MONTH_IN_WORDS)) {
            Matcher m = form.matcher(sentence);
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) == date.getDayOfMonth()
                        && Integer.parseInt(m.group(2)) == date.getMonthValue()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A day written out: "ngày 22 tháng 7 (năm 2024)". */
    private static final Pattern DAY_MONTH_IN_WORDS = Pattern.compile("(?iu)(?<!\\p{L})ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?!\\d)");
}

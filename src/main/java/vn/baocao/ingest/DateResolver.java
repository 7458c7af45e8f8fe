package vn.baocao.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;

/**
 * Works out the day a report's meeting was held, from the headline and lead, the meeting's kind and
 * the publication date.
 *
 * <p>Only a date the lead attaches to the meeting counts: one introduced by a time of day or "ngày"
 * ("Sáng 10/1", "Chiều ngày 31-1", "diễn ra ngày 5/7", "Sáng nay 6/1", "hôm nay (22/7)"). Dates of
 * other events ("06/01/1946"), of documents ("Kế hoạch số 2871/KH-BNG ngày 12/9/2023") and periods
 * ("6 tháng đầu năm") are not. A full date is taken as it
 * is. A day and month take their year from, in order: the publication date (the most recent such
 * day on or before it); a year-end review of year Y held in January–March, which is in Y+1; a
 * review that names its year; else the latest year the lead mentions. With no date in the lead,
 * the publication date is used; with neither, the date is unknown (null).
 */
final class DateResolver {
    private static final Pattern HELD = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:sáng|chiều|tối|trưa|đêm|ngày|hôm nay|hôm qua|nay)(?:\\s+(?:nay|qua|mai))?(?:\\s+ngày)?"
            + "\\s*\\(?\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4}))?(?![\\d/-])"
            + "|(?<!\\p{L})ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])(?:19|20)\\d{2}(?![\\d/])");
    /** The label of a meeting's time in its header lines: "Thời gian:". */
    private static final Pattern MEETING_TIME = Pattern.compile("(?iu)\\s*(?:[-•*]\\s*)?thời gian(?:\\s+tổ chức)?\\s*:");
    /** A date with nothing before it, as a header line may give it: "Thời gian: 5/7/2024". Same groups as {@link #HELD}. */
    private static final Pattern BARE_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?(?![\\d/])");
    private static final Month LAST_MONTH_OF_YEAR_END_SEASON = Month.MARCH;
    /** The last day of a run, with its year, right after its first: " và 1/11/2024", " đến ngày 2/1/2025", " – 1/11/2024". */
    private static final Pattern RUN_END = Pattern.compile(
            "(?iu)\\s*(?:và|đến|tới|[-–])\\s*(?:hết\\s+)?(?:ngày\\s+)?\\d{1,2}\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})(?![\\d/])");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?iu)(?<!\\p{L})số\\s*:?\\s*\\d+[^\\s,;]*\\s*(?:của[^,;]{0,40})?$");
    private static final int LOOK_BACK = 80;
    /** The making of a document just before its date: "(… lập ngày 20/12/2024)", "ban hành ngày", "ký ngày". */
    private static final Pattern MADE = Pattern.compile("(?iu)(?<!\\p{L})(?:lập|ban hành|ký|soạn|cập nhật|in)\\s*$");
    /** A letter just before its date: "(đề nghị của Cục tại) thư ngày 3/7", "công văn ngày", "giấy mời ngày". */
    private static final Pattern LETTER = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:thư|thư điện tử|email|công văn|văn bản|công điện|tờ trình|giấy mời)\\s*$");
    /** A place before a date, as a dateline writes it: "Hà Nội, ", with the word before it, if any. */
    private static final Pattern DATELINE_PLACE =
            Pattern.compile("(?u)(?:(\\p{L}+)\\s+)?\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,3},\\s*$");
    /** "Today" without a date after it ("Sáng nay, tại …"): the day a report was written. */
    private static final Pattern TODAY = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:(?:sáng|chiều|tối|trưa)\\s+nay|hôm nay)(?!\\p{L})(?!\\s*(?:ngày\\s*)?\\(?\\s*\\d)");
    /**
     * The first of a run of days: "từ ngày 15 đến ngày 19/12/2014", "từ 18 đến 20/8/2025", "19-21/12/2023",
     * "trong hai ngày 22 và 23/5/2024".
     */
    private static final Pattern FIRST_OF_DAYS = Pattern.compile("(?iu)(?:(?<!\\p{L})từ\\s+(?:ngày\\s+)?(\\d{1,2})\\s+(?:đến|tới)"
            + "\\s+(?:hết\\s+)?(?:ngày\\s+)?\\d{1,2}|(?<![\\d/])(\\d{1,2})\\s*[-–]\\s*\\d{1,2}"
            + "|(?<!\\p{L})ngày\\s+(\\d{1,2})\\s+và\\s+(?:ngày\\s+)?\\d{1,2})"
            + "\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?(?![\\d/])");
    /** A place alone, as a dateline opens a paragraph with it: "Hà Nội, ". */
    private static final Pattern PLACE_ALONE = Pattern.compile("(?u)\\s*\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,3},\\s*");
    /** Words that put an event at a place ("tại Hà Nội, ngày …"): no dateline. */
    private static final java.util.Set<String> AT = java.util.Set.of("tại", "ở", "về");

    /**
     * The day held, or null when unknown.
     *
     * @param title      the headline
     * @param lead       the first paragraphs of the body
     * @param published  the publication date from a dateline or the page's metadata, or null
     * @param conference the meeting the report is about, or null
     */
    LocalDate resolve(String title, List<String> lead, LocalDate published, Conference conference) {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        texts.addAll(lead);
        LocalDate written = null;
        for (String text : texts) {
            Matcher held = HELD.matcher(text);
            Matcher today = TODAY.matcher(text);
            int todayAt = today.find() ? today.start() : Integer.MAX_VALUE;
            Matcher days = FIRST_OF_DAYS.matcher(text);
            int daysAt = days.find() ? days.start() : Integer.MAX_VALUE;
            while (held.find()) {
                if (datesADocument(text, held.start())) {
                    continue;
                }
                // a day without a year is of the year the report was written in
                Optional<LocalDate> date = date(text, held, lead, published != null ? published : written, conference);
                if (isADateline(text, held.start(), held.end(), text == title)) {
                    written = written == null ? date.orElse(null) : written;
                    continue;
                }
                LocalDate writtenOn = written != null ? written : published;
                if (todayAt < held.start() && writtenOn != null) {
                    return writtenOn; // "Sáng nay, tại …": the day the report was written
                }
                if (daysAt < held.end()) {
                    // "Từ ngày 15 đến ngày 19/12/2014": the first day
                    Optional<LocalDate> first = firstDay(days, lead, published != null ? published : written, conference);
                    if (first.isPresent()) {
                        return first.get();
                    }
                }
                if (date.isPresent()) {
                    return date.get();
                }
            }
            LocalDate writtenOn = written != null ? written : published;
            if (daysAt < todayAt) {
                Optional<LocalDate> first = firstDay(days, lead, writtenOn, conference);
                if (first.isPresent()) {
                    return first.get();
                }
            }
            if (todayAt != Integer.MAX_VALUE && writtenOn != null) {
                return writtenOn;
            }
        }
        return written != null ? written : published;
    }

    /**
     * The day a meeting's own header line gives ("Thời gian: 8 giờ 00, sáng thứ Tư, ngày 10/1/2024"), among the
     * lines of {@code opening}, or empty when none does: the header of minutes or a summary is the meeting's,
     * where the place and day above it ("Hà Nội, ngày 08 tháng 7 năm 2024") are when the document was written.
     * A run of days gives its first.
     */
    Optional<LocalDate> labelled(List<String> opening, LocalDate published, Conference conference) {
        for (String paragraph : opening) {
            for (String line : paragraph.split("\n")) {
                Matcher label = MEETING_TIME.matcher(line);
                if (!label.lookingAt()) {
                    continue;
                }
                String rest = line.substring(label.end());
                Matcher days = FIRST_OF_DAYS.matcher(rest);
                if (days.find()) {
                    return firstDay(days, opening, published, conference);
                }
                Matcher held = HELD.matcher(rest);
                Matcher bare = BARE_DATE.matcher(rest);
                if (held.find()) {
                    return date(rest, held, opening, published, conference);
                }
                if (bare.find()) {
                    return date(rest, bare, opening, published, conference);
                }
            }
        }
        return Optional.empty();
    }

    /** The first day of a run of days {@code days} found: "từ ngày 15 đến ngày 19/12/2014" is 15/12/2014. */
    private static Optional<LocalDate> firstDay(Matcher days, List<String> lead, LocalDate published, Conference conference) {
        String first = days.group(1) != null ? days.group(1) : days.group(2) != null ? days.group(2) : days.group(3);
        int day = Integer.parseInt(first);
        int month = Integer.parseInt(days.group(4));
        String year = days.group(5);
        if (year != null) {
            return Datelines.dayMonthYear(day, month, Integer.parseInt(year));
        }
        int inferred = yearOf(day, month, lead, published, conference);
        return inferred == 0 ? Optional.empty() : Datelines.dayMonthYear(day, month, inferred);
    }

    /**
     * True when the date at [{@code at}, {@code end}) is a dateline's, the day a report was written ("Hà
     * Nội, ngày 20/8/2025"): a place alone before it, opening its paragraph or anywhere in the headline,
     * where a bulletin's dateline ends up when its first lines are read as the title; or after a comma,
     * ending its paragraph.
     */
    private static boolean isADateline(String text, int at, int end, boolean headline) {
        if (!headline) {
            // "Hà Nội, ngày 20/8/2025 – …", or a line that ends with its source's date: "… - Trung tâm Thông tin, ngày 20/12/2014",
            // "BỘ NGOẠI GIAO – Hà Nội, ngày 16 tháng 12 năm 2022."
            return at <= LOOK_BACK && PLACE_ALONE.matcher(text.substring(0, at)).matches()
                    || text.substring(end).strip().matches("\\.?") && text.substring(0, at).stripTrailing().endsWith(",");
        }
        Matcher place = DATELINE_PLACE.matcher(text.substring(Math.max(0, at - LOOK_BACK), at));
        if (!place.find()) {
            return false;
        }
        String before = place.group(1);
        return before == null || !AT.contains(before.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * True when the date at {@code at} follows a document's number or a letter: "Kế hoạch số 2871/KH-BNG ngày 12/9/2023",
     * "thư ngày 3/7".
     */
    private static boolean datesADocument(String text, int at) {
        String before = text.substring(Math.max(0, at - LOOK_BACK), at);
        return DOCUMENT_NUMBER.matcher(before).find() || MADE.matcher(before).find() || LETTER.matcher(before).find();
    }

    /** The day {@code held} found in {@code text} gives, its year inferred when it has none. */
    private static Optional<LocalDate> date(String text, Matcher held, List<String> lead, LocalDate published,
                                            Conference conference) {
        boolean numeric = held.group(1) != null;
        int day = Integer.parseInt(held.group(numeric ? 1 : 4));
        int month = Integer.parseInt(held.group(numeric ? 2 : 5));
        String year = held.group(numeric ? 3 : 6);
        if (year != null) {
            return Datelines.dayMonthYear(day, month, Integer.parseInt(year));
        }
        // "Trong hai ngày 31/10 và 1/11/2024": the first day is of the year the run ends in, or of the one
        // before when the run crosses a new year ("30/12 đến 2/1/2025")
        Matcher runEnd = RUN_END.matcher(text).region(held.end(), text.length());
        if (runEnd.lookingAt()) {
            int endYear = Integer.parseInt(runEnd.group(2));
            return Datelines.dayMonthYear(day, month, month > Integer.parseInt(runEnd.group(1)) ? endYear - 1 : endYear);
        }
        int inferred = yearOf(day, month, lead, published, conference);
        return inferred == 0 ? Optional.empty() : Datelines.dayMonthYear(day, month, inferred);
    }

    private static int yearOf(int day, int month, List<String> lead, LocalDate published, Conference conference) {
        if (published != null) {
            Optional<LocalDate> sameYear = Datelines.dayMonthYear(day, month, published.getYear());
            boolean afterPublication = sameYear.isPresent() && sameYear.get().isAfter(published);
            return afterPublication ? published.getYear() - 1 : published.getYear();
        }
        if (conference != null && conference.periodYear() > 0) {
            boolean yearEnd = conference.kind() == ConferenceKind.YEAR_END_REVIEW;
            boolean earlyNextYear = month <= LAST_MONTH_OF_YEAR_END_SEASON.getValue();
            return yearEnd && earlyNextYear ? conference.periodYear() + 1 : conference.periodYear();
        }
        return latestYear(lead);
    }

    private static int latestYear(List<String> lead) {
        int latest = 0;
        for (String text : lead) {
            Matcher year = YEAR.matcher(text);
            while (year.find()) {
                latest = Math.max(latest, Integer.parseInt(year.group()));
            }
        }
        return latest;
    }
}

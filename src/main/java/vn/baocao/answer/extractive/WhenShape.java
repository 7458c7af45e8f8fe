package vn.baocao.answer.extractive;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.CitationBook;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.search.DateGrain;
import vn.baocao.search.Intent;
import vn.baocao.text.Dates;

/**
 * Answers "when": for a question about a meeting, the day it was held (ingest resolved "Sáng 10/1" to a
 * full date), cited to the sentence that states that day; for any other question ("Hiệp định EVFTA được
 * ký khi nào?"), the date the best sentence gives. Asked from which day to which, the first and last
 * day a sentence gives.
 */
final class WhenShape implements Shape {
    private static final Pattern DAY_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?!\\d)");
    /** A date as a sentence writes it: "ngày 5/7/2023", "31-1", "tháng 12/2023", "năm 2019". */
    private static final Pattern DATE = Pattern.compile("(?iu)(?<![\\p{L}\\d])((?:ngày\\s+)?\\d{1,2}\\s*[/-]\\s*\\d{1,2}"
            + "(?:\\s*[/-]\\s*\\d{4})?|ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?"
            + "|tháng\\s+\\d{1,2}(?:\\s*/\\s*\\d{4}|\\s+năm\\s+\\d{4})?|năm\\s+(?:19|20)\\d\\d)(?![\\d])");
    private static final int LOOK_AT = 5;
    /** Days from first to last: "từ ngày 19 đến ngày 21/12/2023", "từ 19/12 đến 21/12", "19-21/12/2023". */
    private static final Pattern RANGE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:từ\\s+(?:ngày\\s+)?\\d{1,2}(?:\\s*[/-]\\s*\\d{1,2})?"
            + "(?:\\s*[/-]\\s*\\d{4})?\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:ngày\\s+)?\\d{1,2}\\s*[/-]\\s*\\d{1,2}(?:\\s*[/-]\\s*\\d{4})?"
            + "|\\d{1,2}\\s*[-–]\\s*\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{4})?)(?!\\d)");

    private final ConferenceRecords records;

    WhenShape(ConferenceRecords records) {
        this.records = records;
    }

    @Override
    public Optional<String> compose(Intent intent, List<Candidate> ranked, CitationBook book) {
        if (intent.grain() == DateGrain.RANGE) {
            Optional<String> days = days(ranked, book);
            if (days.isPresent()) {
                return days;
            }
        }
        // the day the asked meeting's report says it was held answers only for the meeting asked ("lần thứ 2",
        // not the 3rd whose report recalls it)
        Optional<ReportInfo> asked = MeetingFinder.reportAsked(intent, ranked, records);
        boolean named = asked.isPresent() && (intent.conferenceKind() != null || intent.conferenceOrdinal() != 0);
        if (asked.isPresent()) {
            Optional<String> held = held(asked.get(), ranked, book);
            if (held.isPresent()) {
                return held;
            }
        }
        // of a meeting named, a date its own report gives: another report's is some other event's
        List<Candidate> dated = named ? ranked.stream().filter(c -> c.passage().report().id().equals(asked.get().id())).toList()
                : ranked;
        for (Candidate c : dated.subList(0, Math.min(LOOK_AT, dated.size()))) {
            Matcher m = DATE.matcher(c.sentence());
            if (findOfGrain(m, intent.grain())) {
                String marker = book.cite(c.passage(), c.sentence());
                return Optional.of(Lines.capitalized(m.group(1)) + " " + marker + ".\n" + Lines.quote(c.sentence(), marker));
            }
        }
        // a meeting named by kind or number is that report's; its day is in its lead, whatever the sentences
        // carrying the question's other words say ("tổng kết ngành ngoại giao 2023 ngày nào")
        return named ? heldAsItsLeadSays(asked.get(), book) : Optional.empty();
    }

    /**
     * The first and last day a sentence of the best report gives ("từ ngày 19 đến 21/12", "19-21/12/2023"):
     * a meeting's days are said once, seldom in the sentence that best matches the question.
     */
    private static Optional<String> days(List<Candidate> ranked, CitationBook book) {
        String report = ranked.get(0).passage().report().id();
        for (Candidate c : ranked.stream().filter(c -> c.passage().report().id().equals(report)).toList()) {
            Matcher m = RANGE.matcher(c.sentence());
            if (m.find()) {
                String marker = book.cite(c.passage(), c.sentence());
                return Optional.of(Lines.capitalized(m.group().strip()) + " " + marker + ".\n" + Lines.quote(c.sentence(), marker));
            }
        }
        return Optional.empty();
    }

    /** Finds the next date {@code m} matches that is at least as precise as {@code grain} asks. */
    private static boolean findOfGrain(Matcher m, DateGrain grain) {
        while (m.find()) {
            String date = m.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean year = date.startsWith("năm");
            boolean month = date.startsWith("tháng");
            boolean fits = switch (grain) {
                case RANGE, DAY -> !year && !month;
                case MONTH -> !year;
                case YEAR, ANY -> true;
            };
            if (fits) {
                return true;
            }
        }
        return false;
    }

    /** The day {@code report}'s meeting was held, cited to a ranked sentence of it that states the day. */
    private static Optional<String> held(ReportInfo report, List<Candidate> ranked, CitationBook book) {
        if (report.date() == null) {
            return Optional.empty();
        }
        return ranked.stream()
                .filter(c -> c.passage().report().id().equals(report.id()) && statesDay(c.sentence(), report.date()))
                .findFirst()
                .map(c -> heldOn(report, c.passage(), c.sentence(), book));
    }

    /** The day {@code report}'s meeting was held, cited to the first sentence of its opening passages stating it. */
    private Optional<String> heldAsItsLeadSays(ReportInfo report, CitationBook book) {
        if (report.date() == null) {
            return Optional.empty();
        }
        return Openings.first(records, report, sentence -> statesDay(sentence, report.date()))
                .map(found -> heldOn(report, found.passage(), found.sentence(), book));
    }

    /** "The meeting was held on its day", cited to {@code sentence} of {@code passage}, which states the day. */
    private static String heldOn(ReportInfo report, Passage passage, String sentence, CitationBook book) {
        String marker = book.cite(passage, sentence);
        return Lines.conferenceOf(report) + " diễn ra ngày " + Dates.vietnamese(report.date()) + " " + marker + ".\n"
                + Lines.quote(sentence, marker);
    }

    /** True when {@code sentence} writes {@code date}'s day and month ("10/1", "31-1", "22/07/2019"). */
    static boolean statesDay(String sentence, LocalDate date) {
        Matcher m = DAY_MONTH.matcher(sentence);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == date.getDayOfMonth()
                    && Integer.parseInt(m.group(2)) == date.getMonthValue()) {
                return true;
            }
        }
        return false;
    }
}

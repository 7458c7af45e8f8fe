package vn.baocao.answer.extractive;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.CitationBook;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.search.DateGrain;
import vn.baocao.search.Intent;
import vn.baocao.text.Dates;
import vn.baocao.text.VietnameseText;

/**
 * Answers "when": for a question about a meeting, the day it was held (ingest resolved "Sáng 10/1" to a
 * full date), cited to the sentence that states that day; for any other question ("Hiệp định EVFTA được
 * ký khi nào?"), the date the best sentence gives. Asked from which day to which, the first and last
 * day a sentence gives.
 */
final class WhenShape implements Shape {
    /** A date as a sentence writes it: "ngày 5/7/2023", "31-1", "tháng 12/2023", "quý I/2024", "năm 2019". */
    private static final Pattern DATE = Pattern.compile("(?iu)(?<![\\p{L}\\d])((?:ngày\\s+)?\\d{1,2}\\s*[/-]\\s*\\d{1,2}"
            + "(?:\\s*[/-]\\s*\\d{4})?|ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?"
            + "|tháng\\s+\\d{1,2}(?:\\s*/\\s*\\d{4}|\\s+năm\\s+\\d{4})?|năm\\s+(?:19|20)\\d\\d"
            + "|quý\\s+(?:IV|I{1,3}|[1-4])(?:\\s*/\\s*\\d{4}|\\s+năm\\s+\\d{4})?)(?![\\d\\p{L}])");
    private static final int LOOK_AT = 5;
    /** Where a sentence's clauses part: its semicolons. */
    private static final Pattern CLAUSES = Pattern.compile(";");

    private final ConferenceRecords records;

    WhenShape(ConferenceRecords records) {
        this.records = records;
    }

    @Override
    public Optional<String> compose(Intent intent, List<Candidate> ranked, CitationBook book) {
        if (intent.grain() == DateGrain.HOURS) {
            return hours(intent, ranked, book).or(() -> hour(intent, ranked, book));
        }
        if (intent.grain() == DateGrain.HOUR) {
            return hour(intent, ranked, book);
        }
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
            Optional<String> held = held(intent, asked.get(), ranked, book);
            if (held.isPresent()) {
                return held;
            }
        }
        // of a meeting named, a date its own report gives: another report's is some other event's
        List<Candidate> dated = named ? ranked.stream().filter(c -> c.passage().report().id().equals(asked.get().id())).toList()
                : ranked;
        Set<String> topic = Set.copyOf(intent.topicWords());
        for (Candidate c : dated.subList(0, Math.min(LOOK_AT, dated.size()))) {
            Optional<String> date = dateIn(c.sentence(), intent.grain(), topic);
            if (date.isPresent()) {
                String marker = book.cite(c.passage(), c.sentence());
                return Optional.of(Lines.capitalized(date.get()) + " " + marker + ".\n"
                        + Lines.quote(c.sentence(), marker));
            }
        }
        // a meeting named by kind or number is that report's; its day is in its lead, whatever the sentences
        // carrying the question's other words say ("tổng kết ngành ngoại giao 2023 ngày nào")
        return named ? heldAsItsLeadSays(asked.get(), intent.grain(), book) : Optional.empty();
    }

    /**
     * The first and last day a sentence of the best report gives ("từ ngày 19 đến 21/12", "19-21/12/2023"):
     * a meeting's days are said once, seldom in the sentence that best matches the question.
     */
    private static Optional<String> days(List<Candidate> ranked, CitationBook book) {
        String report = ranked.get(0).passage().report().id();
        for (Candidate c : ranked.stream().filter(c -> c.passage().report().id().equals(report)).toList()) {
            Optional<String> run = DaysInText.runIn(c.sentence());
            if (run.isPresent()) {
                String marker = book.cite(c.passage(), c.sentence());
                return Optional.of(Lines.capitalized(run.get()) + " " + marker + ".\n" + Lines.quote(c.sentence(), marker));
            }
        }
        return Optional.empty();
    }

    /**
     * The hour a sentence gives ("15h00", "lúc 8 giờ 30"), from the asked meeting's report when the question
     * names one; none when no sentence gives an hour: a day is no answer to "lúc mấy giờ".
     */
    private Optional<String> hour(Intent intent, List<Candidate> ranked, CitationBook book) {
        // the meeting asked, else the best sentence's: an hour is said once, often in the lead's "Thời gian:" line
        ReportInfo report = MeetingFinder.reportAsked(intent, ranked, records).orElse(ranked.get(0).passage().report());
        Optional<Openings.Found> best = ranked.stream()
                .filter(c -> c.passage().report().id().equals(report.id()) && DaysInText.hourIn(c.sentence()).isPresent())
                .map(c -> new Openings.Found(c.passage(), c.sentence()))
                .findFirst();
        // of the meeting itself, the lead's time; of something at it ("tiệc chiêu đãi lúc mấy giờ"), the sentence on that
        boolean atIt = best.isPresent() && speaksOfTheQuestion(best.get().sentence(), wordsBeyondTheName(intent, report));
        Optional<Openings.Found> lead = atIt ? best : Openings.first(records, report, sentence -> DaysInText.hourIn(sentence).isPresent());
        return lead.or(() -> best)
                .map(found -> {
                    String marker = book.cite(found.passage(), found.sentence());
                    return Lines.capitalized(DaysInText.hourIn(found.sentence()).orElseThrow()) + " " + marker + ".\n"
                            + Lines.quote(found.sentence(), marker);
                });
    }

    /**
     * The first and last hour of the asked meeting, from the sentence of its report that gives two ("Thời
     * gian: từ 14h00 đến 16h20"), its lead's first; empty when none does.
     */
    private Optional<String> hours(Intent intent, List<Candidate> ranked, CitationBook book) {
        ReportInfo report = MeetingFinder.reportAsked(intent, ranked, records).orElse(ranked.get(0).passage().report());
        Optional<Openings.Found> span = Openings.first(records, report, sentence -> DaysInText.hoursIn(sentence).size() >= 2)
                .or(() -> ranked.stream()
                        .filter(c -> c.passage().report().id().equals(report.id()) && DaysInText.hoursIn(c.sentence()).size() >= 2)
                        .map(c -> new Openings.Found(c.passage(), c.sentence())).findFirst());
        return span.map(found -> {
            List<String> hours = DaysInText.hoursIn(found.sentence());
            String marker = book.cite(found.passage(), found.sentence());
            return "Từ " + hours.get(0) + " đến " + hours.get(1) + " " + marker + ".\n" + Lines.quote(found.sentence(), marker);
        });
    }

    /**
     * The date {@code sentence} writes, at least as precise as {@code grain} asks, as written: of the clauses
     * that give one (parts between semicolons), the one with the most of the question's {@code topic} words,
     * the first of equals. "(a) … trong tháng 2/2018; … (c) tổ chức Hội nghị … lần thứ 5 vào năm 2020" gives
     * 2020 when the 5th conference is asked of.
     */
    static Optional<String> dateIn(String sentence, DateGrain grain, Set<String> topic) {
        String best = null;
        int bestShared = -1;
        for (String clause : CLAUSES.split(sentence)) {
            Matcher m = DATE.matcher(clause);
            if (!findOfGrain(m, grain)) {
                continue;
            }
            int shared = (int) VietnameseText.foldedWords(clause).stream().distinct().filter(topic::contains).count();
            if (shared > bestShared) {
                bestShared = shared;
                best = m.group(1);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Finds the next date {@code m} matches that is at least as precise as {@code grain} asks. */
    private static boolean findOfGrain(Matcher m, DateGrain grain) {
        while (m.find()) {
            String date = m.group(1).toLowerCase(java.util.Locale.ROOT);
            // a quarter ("quý I/2024") tells the time of year no better than a month does
            boolean year = date.startsWith("năm") || date.startsWith("quý");
            boolean month = date.startsWith("tháng");
            boolean fits = switch (grain) {
                case RANGE, DAY, WEEKDAY, HOUR, HOURS -> !year && !month;
                case MONTH -> !year;
                case YEAR, ANY -> true;
            };
            if (fits) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day {@code report}'s meeting was held, cited to a ranked sentence of it that states the day. A
     * sentence giving the run of days the meeting started on comes first (a meeting of two days is not
     * "held on" its first), unless the question asks after someone, or something at it that the best
     * sentence stating the day speaks of ("tiệc chiêu đãi tổ chức hôm nào").
     */
    private Optional<String> held(Intent intent, ReportInfo report, List<Candidate> ranked, CitationBook book) {
        if (report.date() == null) {
            return Optional.empty();
        }
        Optional<Candidate> day = ranked.stream()
                .filter(c -> c.passage().report().id().equals(report.id()) && DaysInText.statesDay(c.sentence(), report.date()))
                .findFirst();
        List<String> beyond = wordsBeyondTheName(intent, report);
        boolean aboutSomethingAtIt = intent.person() != null || !intent.titles().isEmpty()
                || day.isPresent() && speaksOfTheQuestion(day.get().sentence(), beyond);
        // the lead's run of days answers a question about the meeting; one about another day it recalls ("CPTPP
        // hiệu lực từ ngày nào") is answered by the ranked sentences that name what it asks after
        boolean onlyTheMeeting = day.isPresent() || beyond.isEmpty();
        Optional<String> run = aboutSomethingAtIt ? Optional.empty() : ranked.stream()
                .filter(c -> c.passage().report().id().equals(report.id()) && DaysInText.runFrom(c.sentence(), report.date()).isPresent())
                .map(c -> new Openings.Found(c.passage(), c.sentence()))
                .findFirst()
                .or(() -> onlyTheMeeting ? Openings.first(records, report, sentence -> DaysInText.runFrom(sentence, report.date()).isPresent())
                        : Optional.empty())
                .map(found -> heldOn(report, found.passage(), found.sentence(), intent.grain(), book));
        return run.or(() -> day.map(c -> heldOn(report, c.passage(), c.sentence(), intent.grain(), book)))
                // a one-day meeting asked of by where it was ("… ở Huế"): the day its header gives beside the place
                .or(() -> aboutSomethingAtIt ? Optional.empty() : heldBesideAllOf(beyond, report, intent.grain(), book))
                // the meeting alone asked of: the day its lead gives, not another day a ranked sentence writes
                // (the day its report was signed, a deadline it sets)
                .or(() -> aboutSomethingAtIt || !beyond.isEmpty() ? Optional.empty() : heldAsItsLeadSays(report, intent.grain(), book));
    }

    /**
     * The day {@code report}'s meeting was held, cited to the first sentence of its opening that states it, when
     * that sentence's passage has every one of {@code words}: the header that gives the day gives the place too
     * ("Thời gian: … ngày 5/7/2024. Địa điểm: … thành phố Huế"), and a question naming that place asks this day.
     */
    private Optional<String> heldBesideAllOf(List<String> words, ReportInfo report, DateGrain grain, CitationBook book) {
        if (report.date() == null || words.isEmpty()) {
            return Optional.empty();
        }
        return Openings.first(records, report, sentence -> DaysInText.statesDay(sentence, report.date()))
                .filter(found -> VietnameseText.foldedWords(found.passage().text()).containsAll(words))
                .map(found -> heldOn(report, found.passage(), found.sentence(), grain, book));
    }

    /** True when {@code sentence} has one of {@code beyond}, the question's topic words the meeting's name does not. */
    private static boolean speaksOfTheQuestion(String sentence, List<String> beyond) {
        List<String> words = VietnameseText.foldedWords(sentence);
        return beyond.stream().anyMatch(words::contains);
    }

    /** The question's topic words that the meeting's name and its report's title do not have. */
    private static List<String> wordsBeyondTheName(Intent intent, ReportInfo report) {
        List<String> name = VietnameseText.foldedWords(report.conferenceName() + " " + report.title());
        return intent.topicWords().stream().filter(w -> !name.contains(w)).toList();
    }

    /** The day {@code report}'s meeting was held, cited to the first sentence of its opening passages stating it. */
    private Optional<String> heldAsItsLeadSays(ReportInfo report, DateGrain grain, CitationBook book) {
        if (report.date() == null) {
            return Optional.empty();
        }
        return Openings.first(records, report, sentence -> DaysInText.statesDay(sentence, report.date()))
                .map(found -> heldOn(report, found.passage(), found.sentence(), grain, book));
    }

    /** "The meeting was held on its day", cited to {@code sentence} of {@code passage}, which states the day. */
    private static String heldOn(ReportInfo report, Passage passage, String sentence, DateGrain grain, CitationBook book) {
        String marker = book.cite(passage, sentence);
        // "thứ mấy?": the weekday of the day the report gives, which the calendar tells
        String weekday = grain == DateGrain.WEEKDAY ? Dates.weekday(report.date()) + ", " : "";
        String when = DaysInText.lastDayOfRun(sentence, report.date())
                .map(last -> "từ " + Dates.vietnamese(report.date()) + " đến " + Dates.vietnamese(last))
                .orElse(DaysInText.partOfDay(sentence, report.date()) + weekday + "ngày " + Dates.vietnamese(report.date()));
        return Lines.conferenceOf(report) + " diễn ra " + when + " " + marker + ".\n" + Lines.quote(sentence, marker);
    }
}

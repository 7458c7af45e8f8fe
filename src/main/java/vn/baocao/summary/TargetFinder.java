package vn.baocao.summary;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;
import vn.baocao.search.Intent;
import vn.baocao.search.Retriever;
import vn.baocao.text.VietnameseText;

/**
 * Reads what a summary request names, with or without diacritics: a report (by id or source), a
 * conference ("tổng kết 2022", "hội nghị ngoại giao 31"), a person ("Bùi Thanh Sơn", or a title only one
 * speaker holds: "Thủ tướng"), a year or a run of years ("năm 2023", "từ 2019 đến 2023"), or two of these
 * to compare ("so sánh sơ kết 2019 và 2023" — the second side takes the first's kind when it names
 * none). Each "xem thêm" asks for the next page.
 */
final class TargetFinder {
    /** A target and the page asked for. */
    record Request(Target target, int page) {
        Request {
            Require.notNull(target, "target");
            Require.that(page >= 1, "page must be >= 1, was " + page);
        }
    }

    /** What one side of a request says about a conference and a person. */
    private record Ask(ConferenceKind kind, int ordinal, List<Integer> years, MonthDay date, Person person) {
        boolean namesAConference() {
            return kind != null || ordinal != 0 || !years.isEmpty() || date != null;
        }

        Ask withKindOf(Ask other) {
            return kind != null || ordinal != 0 ? this : new Ask(other.kind, other.ordinal, years, date, person);
        }
    }

    private static final Pattern MORE = Pattern.compile("(?iu)(?<!\\p{L})(xem thêm|xem them|tiếp theo|tiep theo|more)(?!\\p{L})");
    private static final Pattern SIDES = Pattern.compile("(?iu)\\s+(?:và|va|với|voi|so với|so voi|and|vs\\.?|versus)\\s+");
    private static final Pattern COMPARING = Pattern.compile("(?iu)(?<!\\p{L})(so sánh|so sanh|compare|comparison)(?!\\p{L})");
    private static final Pattern RANGE = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s*[-–—]\\s*((?:19|20)[0-9]{2})(?![0-9])");
    /** Titles, folded, longest first: "phó thủ tướng" must not count as "thủ tướng". */
    private static final List<String> TITLES = List.of("pho thu tuong", "thu tuong", "pho chu tich", "chu tich", "bo truong");

    private final Retriever retriever;
    private final ReportNames reportNames;

    TargetFinder(Retriever retriever) {
        this.retriever = Require.notNull(retriever, "retriever");
        this.reportNames = new ReportNames(retriever::reports);
    }

    /** The target {@code request} names and the page it asks for; empty when it names nothing the index has. */
    Optional<Request> find(String request) {
        return find(request, null);
    }

    /**
     * As {@link #find(String)}, given {@code parsed}, what the retriever parses {@code request} into (or
     * null): a question is parsed once to know it asks for a summary, and parsing is a tenth of a summary.
     */
    Optional<Request> find(String request, Intent parsed) {
        String text = VietnameseText.normalize(request);
        Matcher more = MORE.matcher(text);
        int page = 1 + (int) more.results().count();
        text = MORE.matcher(text).replaceAll(" ").strip();
        Optional<ReportInfo> report = reportNames.in(text);
        if (report.isPresent()) {
            return Optional.of(new Request(new Target.OfReport(report.get()), page));
        }
        Optional<Target> target = COMPARING.matcher(text).find() ? comparison(text)
                : single(ask(text, text.equals(request) ? parsed : null), false);
        return target.map(t -> new Request(t, page));
    }

    /** Two sides split at "và", "với", "and"…; or, with one side only, the two years it names. */
    private Optional<Target> comparison(String text) {
        String rest = COMPARING.matcher(text).replaceAll(" ").strip();
        Matcher split = SIDES.matcher(rest);
        Ask whole = ask(rest);
        List<Ask> sides = new ArrayList<>();
        if (split.find()) {
            Ask left = ask(rest.substring(0, split.start()));
            Ask right = ask(rest.substring(split.end()));
            sides.add(left.withKindOf(right));
            sides.add(right.withKindOf(left));
        } else if (whole.years().size() == 2) {
            whole.years().forEach(y -> sides.add(new Ask(whole.kind(), whole.ordinal(), List.of(y), null, whole.person())));
        } else {
            return Optional.empty();
        }
        Optional<Target> left = single(sides.get(0), true);
        Optional<Target> right = single(sides.get(1), true);
        return left.isPresent() && right.isPresent() && !left.equals(right)
                ? Optional.of(new Target.Comparison(left.get(), right.get())) : Optional.empty();
    }

    private Ask ask(String text) {
        return ask(text, null);
    }

    /** What {@code text} asks, from {@code parsed} when it is given (the retriever's parse of {@code text}). */
    private Ask ask(String text, Intent parsed) {
        Intent intent = parsed != null ? parsed : retriever.parse(text);
        List<Integer> years = new ArrayList<>(intent.years());
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            years = List.of(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
        }
        Person person = intent.person() != null ? intent.person() : titleHolder(text).orElse(null);
        return new Ask(intent.conferenceKind(), intent.conferenceOrdinal(), List.copyOf(years), intent.date(), person);
    }

    /**
     * The target of one side: a person's statements (at the conferences named, if any), else the one
     * conference named, else the conferences of the years named.
     */
    private Optional<Target> single(Ask ask, boolean side) {
        List<Meeting> named = retriever.meetings(reports -> fits(reports.getFirst(), ask));
        if (ask.person() != null) {
            String name = VietnameseText.fold(ask.person().name());
            List<Meeting> spoken = named.stream().filter(m -> m.speakers().stream()
                    .anyMatch(p -> VietnameseText.fold(p.name()).equals(name))).toList();
            if (!spoken.isEmpty()) {
                return Optional.of(Target.OfPerson.latest(ask.person(), spoken));
            }
        }
        if (!ask.namesAConference() || named.isEmpty()) {
            return Optional.empty();
        }
        if (named.size() == 1 && (side || ask.years().size() < 2)) {
            return Optional.of(new Target.OfMeeting(named.getFirst()));
        }
        int from = ask.years().isEmpty() ? yearOf(named.getFirst()) : ask.years().stream().min(Integer::compare).orElseThrow();
        int to = ask.years().isEmpty() ? yearOf(named.getLast()) : ask.years().stream().max(Integer::compare).orElseThrow();
        return Optional.of(Target.OfPeriod.of(from, Math.max(from, to), named));
    }

    private static int yearOf(Meeting m) {
        return m.conference().periodYear() > 0 ? m.conference().periodYear() : m.date() == null ? 0 : m.date().getYear();
    }

    /**
     * True when the conference whose earliest report is {@code earliest} (which gives its kind, number
     * and day) fits everything {@code ask} says about a conference. A review's year is the year
     * it reviews ("tổng kết 2022" was held in January 2023); any other's, that or the year it was held.
     */
    private static boolean fits(ReportInfo earliest, Ask ask) {
        Conference conference = earliest.conference();
        LocalDate date = earliest.date();
        boolean review = ask.kind() == ConferenceKind.YEAR_END_REVIEW || ask.kind() == ConferenceKind.MID_YEAR_REVIEW;
        int from = ask.years().stream().min(Integer::compare).orElse(0);
        int to = ask.years().stream().max(Integer::compare).orElse(0);
        int reviewed = conference.periodYear();
        int held = date == null ? 0 : date.getYear();
        boolean inYears = ask.years().isEmpty() || reviewed >= from && reviewed <= to
                || !review && held >= from && held <= to;
        return (ask.kind() == null || conference.kind() == ask.kind())
                && (ask.ordinal() == 0 || conference.ordinal() == ask.ordinal())
                && inYears
                && (ask.date() == null || date != null && MonthDay.from(date).equals(ask.date()));
    }

    /** The one person who speaks in the reports and holds the title {@code text} names ("Thủ tướng"), if any. */
    private Optional<Person> titleHolder(String text) {
        String folded = " " + VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        for (String title : TITLES) {
            if (!folded.contains(" " + title + " ") || !title.startsWith("pho") && folded.contains(" pho " + title + " ")) {
                continue;
            }
            List<Person> holders = speakers().stream().filter(p -> holds(p, title)).toList();
            return holders.size() == 1 ? Optional.of(holders.getFirst()) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean holds(Person p, String title) {
        for (String office : p.office().split(",")) {
            String o = " " + VietnameseText.fold(office).strip() + " ";
            if (o.startsWith(" " + title + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Everyone who speaks at some conference, once, with their latest role. */
    private List<Person> speakers() {
        java.util.Map<String, Person> byName = new java.util.LinkedHashMap<>();
        retriever.meetings().forEach(m -> m.speakers().forEach(p -> byName.put(VietnameseText.fold(p.name()), p)));
        return List.copyOf(byName.values());
    }
}

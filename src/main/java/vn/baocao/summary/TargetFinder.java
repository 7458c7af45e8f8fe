package vn.baocao.summary;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.search.NamedMeetings;
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
    private record Ask(ConferenceKind kind, int ordinal, List<Integer> years, MonthDay date, Person person,
                       boolean aboutMeeting, List<String> topic, Intent read) {
        boolean namesAConference() {
            return kind != null || ordinal != 0 || !years.isEmpty() || date != null;
        }

        Ask withKindOf(Ask other) {
            return kind != null || ordinal != 0 ? this : new Ask(other.kind, other.ordinal, years, date, person, aboutMeeting,
                    topic, read);
        }
    }

    /** The share of the passages having the request's topic that one meeting's reports must hold to be the one told of. */
    static final double TOLD_SHARE = 2.0 / 3;
    /** Passages searched for the meeting a request's topic is about. */
    private static final int TOLD_HITS = 5;

    private final Retriever retriever;
    private final ReportNames reportNames;

    TargetFinder(Retriever retriever) {
        this.retriever = Require.notNull(retriever, "retriever");
        this.reportNames = new ReportNames(retriever::reports);
    }

    /** The target {@code request} names and the page it asks for; empty when it names nothing the index has. */
    Optional<Request> find(String request) {
        return find(request, retriever.parse(request));
    }

    /**
     * As {@link #find(String)}, given {@code intent}, the request as read: a report it names by id or
     * source, else the two sides of a comparison, else the conference, person or years it names.
     */
    Optional<Request> find(String request, Intent intent) {
        int page = intent.page();
        Optional<ReportInfo> report = reportNames.in(VietnameseText.normalize(request));
        if (report.isPresent()) {
            return Optional.of(new Request(new Target.OfReport(report.get()), page));
        }
        Optional<Target> target = intent.form() == Form.COMPARE ? comparison(intent) : single(ask(intent), false);
        return target.map(t -> new Request(t, page));
    }

    /** The two sides the reader found (the second taking the first's kind when it names none), or the two years named. */
    private Optional<Target> comparison(Intent intent) {
        List<Ask> sides = new ArrayList<>();
        if (intent.parts().size() == 2) {
            Ask left = ask(intent.parts().get(0));
            Ask right = ask(intent.parts().get(1));
            sides.add(left.withKindOf(right));
            sides.add(right.withKindOf(left));
        } else if (intent.years().size() == 2) {
            Ask whole = ask(intent);
            whole.years().forEach(y -> sides.add(new Ask(whole.kind(), whole.ordinal(), List.of(y), null, whole.person(),
                    whole.aboutMeeting(), whole.topic(), whole.read())));
        } else {
            return Optional.empty();
        }
        Optional<Target> left = single(sides.get(0), true);
        Optional<Target> right = single(sides.get(1), true);
        return left.isPresent() && right.isPresent() && !left.equals(right)
                ? Optional.of(new Target.Comparison(left.get(), right.get())) : Optional.empty();
    }

    /** What one side of a request says about a conference and a person: a run of years counts as its years. */
    private Ask ask(Intent intent) {
        List<Integer> years = intent.span().isEmpty() ? intent.years() : intent.span();
        Person person = intent.person() != null ? intent.person() : titleHolder(intent).orElse(null);
        // "tóm tắt buổi làm việc của Phó Thủ tướng X": the meeting, told by the person who held it
        // … unless it asks what they said there ("tóm tắt các yêu cầu của Thủ tướng tại hội nghị tổng kết 2024")
        boolean aboutMeeting = intent.person() != null && intent.conferenceKind() != null && intent.kindOutright()
                && intent.speechKind() == null;
        // a meeting of no kind of its own is named by its name, whose words the lexicon may read as names
        // ("Hội nghị Ngoại giao kinh tế": "Hội nghị Ngoại giao" and "kinh tế")
        List<List<String>> naming = new ArrayList<>(intent.topic());
        if (intent.conferenceKind() == ConferenceKind.OTHER) {
            intent.names().forEach(name -> naming.add(VietnameseText.foldedWords(name)));
        }
        return new Ask(intent.conferenceKind(), intent.conferenceOrdinal(), List.copyOf(years), intent.date(), person,
                aboutMeeting, NamedMeetings.distinctive(NamedMeetings.keys(naming), retriever), intent);
    }

    /**
     * The target of one side: a person's statements (at the conferences named, if any), else the one
     * conference named (by kind, number, year, day, or the words of its name), else the conferences of
     * the years named.
     */
    private Optional<Target> single(Ask ask, boolean side) {
        List<Meeting> named = NamedMeetings.narrowed(retriever.meetings(reports -> fits(reports.getFirst(), ask)), ask.topic());
        if (ask.aboutMeeting()) {
            List<Meeting> theirs = named.stream().filter(m -> m.people().stream()
                    .anyMatch(p -> VietnameseText.fold(p.name()).equals(VietnameseText.fold(ask.person().name())))).toList();
            if (theirs.size() == 1) {
                return Optional.of(new Target.OfMeeting(theirs.getFirst()));
            }
        }
        if (ask.person() != null) {
            String name = VietnameseText.fold(ask.person().name());
            List<Meeting> spoken = named.stream().filter(m -> m.speakers().stream()
                    .anyMatch(p -> VietnameseText.fold(p.name()).equals(name))).toList();
            if (!spoken.isEmpty()) {
                return Optional.of(Target.OfPerson.latest(ask.person(), spoken));
            }
        }
        if (named.isEmpty() || !ask.namesAConference() && !namedByItsName(named, ask)) {
            return Optional.empty();
        }
        if (named.size() == 1 && (side || ask.years().size() < 2 || !ask.topic().isEmpty())) {
            return Optional.of(new Target.OfMeeting(named.getFirst()));
        }
        Optional<Meeting> told = toldOf(named, ask);
        if (told.isPresent()) {
            return Optional.of(new Target.OfMeeting(told.get()));
        }
        int from = ask.years().isEmpty() ? yearOf(named.getFirst()) : ask.years().stream().min(Integer::compare).orElseThrow();
        int to = ask.years().isEmpty() ? yearOf(named.getLast()) : ask.years().stream().max(Integer::compare).orElseThrow();
        return Optional.of(Target.OfPeriod.of(from, Math.max(from, to), named));
    }

    /**
     * The meeting of {@code named} that the request's topic is about though its name does not say so ("tóm tắt
     * hội thảo UNCLOS 30 năm ở Khánh Hòa" of a meeting called "Hội thảo khoa học quốc tế"): the meeting of the
     * best passage for the request, when its reports hold at least {@link #TOLD_SHARE} of all the passages
     * having each distinctive topic key, summed over the keys. A topic spread over many meetings ("ngoại giao
     * kinh tế năm 2023") names none of them.
     */
    private Optional<Meeting> toldOf(List<Meeting> named, Ask ask) {
        if (ask.topic().isEmpty() || ask.person() != null) {
            return Optional.empty();
        }
        Optional<Meeting> best = retriever.retrieve(ask.read(), TOLD_HITS).stream()
                .map(hit -> hit.passage().report().id())
                .flatMap(id -> named.stream().filter(m -> m.reports().stream().anyMatch(r -> r.id().equals(id))))
                .findFirst();
        if (best.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = best.get().reports().stream()
                .flatMap(r -> retriever.passages(r.id()).stream())
                .map(p -> " " + String.join(" ", VietnameseText.foldedWords(p.text())) + " ")
                .toList();
        int inMeeting = 0;
        int everywhere = 0;
        for (String key : ask.topic()) {
            inMeeting += (int) texts.stream().filter(t -> t.contains(" " + key + " ")).count();
            everywhere += retriever.docFrequency(key);
        }
        return everywhere > 0 && inMeeting >= TOLD_SHARE * everywhere ? best : Optional.empty();
    }

    /** True when {@code named} is one meeting whose name carries at least two of the request's topic keys. */
    private static boolean namedByItsName(List<Meeting> named, Ask ask) {
        return named.size() == 1 && NamedMeetings.keysOfName(named.getFirst().conference(), ask.topic()) >= 2;
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
        // a meeting only called a review ("sơ kết 5 năm …") has no reviewed half-year or year
        boolean review = ask.kind() != null && ask.kind().isReview() && conference.kind() == ask.kind();
        int from = ask.years().stream().min(Integer::compare).orElse(0);
        int to = ask.years().stream().max(Integer::compare).orElse(0);
        int reviewed = conference.periodYear();
        int held = date == null ? 0 : date.getYear();
        boolean inYears = ask.years().isEmpty() || reviewed >= from && reviewed <= to
                || !review && held >= from && held <= to;
        return (ask.kind() == null || conference.kind() == ask.kind()
                || NamedMeetings.calledByKind(conference, ask.kind(), ask.topic())
                || NamedMeetings.calledByKindAndSubject(conference, ask.kind(), ask.read().topic(), ask.read().names()))
                && (ask.ordinal() == 0 || conference.ordinal() == ask.ordinal())
                && inYears
                && (ask.date() == null || date != null && MonthDay.from(date).equals(ask.date()));
    }

    /** The one person who speaks in the reports and holds the title the request names ("Thủ tướng"), if any. */
    private Optional<Person> titleHolder(Intent intent) {
        if (intent.titles().isEmpty()) {
            return Optional.empty();
        }
        List<Person> holders = speakers().stream().filter(p -> intent.titles().stream().allMatch(t -> t.fits(p))).toList();
        return holders.size() == 1 ? Optional.of(holders.getFirst()) : Optional.empty();
    }

    /** Everyone who speaks at some conference, once, with their latest role. */
    private List<Person> speakers() {
        java.util.Map<String, Person> byName = new java.util.LinkedHashMap<>();
        retriever.meetings().forEach(m -> m.speakers().forEach(p -> byName.put(VietnameseText.fold(p.name()), p)));
        return List.copyOf(byName.values());
    }
}

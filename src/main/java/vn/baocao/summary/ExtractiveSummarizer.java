package vn.baocao.summary;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.answer.Answer;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.Refusal;
import vn.baocao.report.Meeting;
import vn.baocao.report.ReportInfo;
import vn.baocao.report.Require;
import vn.baocao.search.Retriever;
import vn.baocao.text.VietnameseText;
import vn.baocao.text.Dates;

/**
 * The offline summarizer: picks report sentences by {@link Mmr} (central, varied, never the same point
 * twice), files them under "Thời gian, địa điểm, chủ trì" / "Kết quả nổi bật" / "Chỉ đạo" (by speaker) /
 * "Nhiệm vụ thời gian tới", shortens them where a clause suffices and cites each one; a page fits one
 * Telegram message ({@link Layout}).
 *
 * <ul>
 *   <li>A report or a conference (its reports merged): the four sections.</li>
 *   <li>A person: their statements, one section per conference, in date order.</li>
 *   <li>A period: one section per conference, in date order, who presided first.</li>
 *   <li>A comparison: the four sections, each bullet led by its side; two people side by side.</li>
 * </ul>
 *
 * <p>Thread-safe: it keeps no state between summaries.
 */
public final class ExtractiveSummarizer implements Summarizer {
    static final String COMPOSER = "extractive";
    static final String FACTS = "Thời gian, địa điểm, chủ trì";
    static final String RESULTS = "Kết quả nổi bật";
    static final String DIRECTIONS = "Chỉ đạo";
    static final String TASKS = "Nhiệm vụ thời gian tới";
    /** The words of the reply when the earlier pages showed everything. */
    static final String NOTHING_MORE = "Bản tóm tắt đã hết, không còn ý nào khác trong các báo cáo.";

    private final Retriever retriever;
    private final Reading reading;

    public ExtractiveSummarizer(Retriever retriever) {
        this.retriever = Require.notNull(retriever, "retriever");
        this.reading = new Reading(retriever);
    }

    @Override
    public Summary summarize(String question, Target target, int page) {
        Require.notNull(target, "target");
        List<Part> parts = partsOf(target);
        List<Sentence> all = parts.stream().flatMap(p -> p.sentences().stream()).toList();
        Similarity similarity = new Similarity(all);
        List<Layout.Section> sections = sections(target, parts, similarity);
        Layout.Page laid = new Layout(similarity).render(
                (target instanceof Target.Comparison ? "So sánh " : "Tóm tắt ") + target.title(), sections, page);
        if (laid.text().isEmpty()) {
            return Summary.none(question, Refusal.Reason.NO_EVIDENCE, NOTHING_MORE);
        }
        AnswerKind kind = target instanceof Target.Comparison ? AnswerKind.COMPARISON : AnswerKind.SUMMARY;
        return new Summary(Answer.of(question, laid.text(), laid.citations(), kind, COMPOSER), laid.more(), laid.parts());
    }

    /** One part of a summary: the conferences and reports it covers, and their sentences. */
    private record Part(List<Meeting> meetings, List<ReportInfo> reports, List<Sentence> sentences) {
    }

    private List<Part> partsOf(Target target) {
        return switch (target) {
            case Target.OfReport r -> List.of(part(meetingOf(r.report()), List.of(r.report())));
            case Target.OfMeeting m -> List.of(part(List.of(m.meeting()), m.reports()));
            case Target.OfPerson p -> p.meetings().stream().map(m -> spokenBy(p, m)).toList();
            case Target.OfPeriod p -> p.meetings().stream().map(m -> part(List.of(m), inSeries(m))).toList();
            case Target.Comparison c -> List.of(side(c.left()), side(c.right()));
        };
    }

    /** A side of a comparison as one part: a person's statements, or the reports of its conferences. */
    private Part side(Target side) {
        return switch (side) {
            case Target.OfPerson p -> {
                List<Part> each = p.meetings().stream().map(m -> spokenBy(p, m)).toList();
                yield new Part(p.meetings(), each.stream().flatMap(x -> x.reports().stream()).toList(),
                        each.stream().flatMap(x -> x.sentences().stream()).toList());
            }
            case Target.OfPeriod p -> part(p.meetings(), p.meetings().stream().flatMap(m -> inSeries(m).stream()).toList());
            default -> partsOf(side).getFirst();
        };
    }

    private Part part(List<Meeting> meetings, List<ReportInfo> reports) {
        return new Part(meetings, reports, reading.sentences(reports));
    }

    /** The reports read for {@code m} as one conference of a period. */
    private static List<ReportInfo> inSeries(Meeting m) {
        return Coverage.reportsOf(m, Coverage.REPORTS_IN_SERIES);
    }

    /** What {@code person} said at {@code m}, in the reports read for it. */
    private Part spokenBy(Target.OfPerson person, Meeting m) {
        Part part = part(List.of(m), Coverage.reportsOf(m, person.person(), Coverage.REPORTS_IN_SERIES));
        String name = VietnameseText.fold(person.person().name());
        return new Part(part.meetings(), part.reports(), part.sentences().stream()
                .filter(s -> s.speaker() != null && VietnameseText.fold(s.speaker().name()).equals(name)).toList());
    }

    private List<Meeting> meetingOf(ReportInfo report) {
        return retriever.meetings(reports -> reports.stream().anyMatch(r -> r.id().equals(report.id())))
                .stream().limit(1).toList();
    }

    private static List<Layout.Section> sections(Target target, List<Part> parts, Similarity similarity) {
        return switch (target) {
            case Target.OfReport r -> aspects(List.of(digest(parts.getFirst(), similarity, 0)), List.of(""));
            case Target.OfMeeting m -> aspects(List.of(digest(parts.getFirst(), similarity, 0)), List.of(""));
            case Target.OfPerson p -> spoken(parts, similarity);
            case Target.OfPeriod p -> conferences(parts, similarity);
            case Target.Comparison c -> c.left() instanceof Target.OfPerson || c.right() instanceof Target.OfPerson
                    ? sideBySide(c, parts, similarity)
                    : aspects(List.of(digest(parts.get(0), similarity, 0), digest(parts.get(1), similarity, 1)),
                            labels(c));
        };
    }

    private static Digest digest(Part part, Similarity similarity, int index) {
        return Digest.of(part.meetings(), part.reports(), part.sentences(), similarity, index);
    }

    /** The four sections; with two digests (a comparison) each bullet is led by its side's label. */
    private static List<Layout.Section> aspects(List<Digest> digests, List<String> labels) {
        List<Layout.Section> sections = new ArrayList<>();
        sections.add(new Layout.Section(FACTS, led(digests, labels, d -> d.facts, true), List.of()));
        sections.add(new Layout.Section(RESULTS, List.of(), led(digests, labels, d -> d.results, false)));
        sections.add(new Layout.Section(DIRECTIONS, List.of(), led(digests, labels, d -> d.directions, false)));
        sections.add(new Layout.Section(TASKS, List.of(), led(digests, labels, d -> d.tasks, false)));
        return sections;
    }

    private static List<Bullet> led(List<Digest> digests, List<String> labels,
                                    java.util.function.Function<Digest, List<Bullet>> section, boolean oneAfterOther) {
        List<List<Bullet>> each = new ArrayList<>();
        for (int i = 0; i < digests.size(); i++) {
            String label = labels.get(i);
            each.add(section.apply(digests.get(i)).stream().map(b -> label.isEmpty() ? b : b.led(label)).toList());
        }
        return oneAfterOther ? each.stream().flatMap(List::stream).toList() : Layout.interleave(each);
    }

    /** A person's statements, one section per conference: "Hội nghị … (date) – khi đó là …". */
    private static List<Layout.Section> spoken(List<Part> parts, Similarity similarity) {
        List<Layout.Section> sections = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Meeting m = part.meetings().getFirst();
            String role = part.sentences().isEmpty() ? "" : part.sentences().getFirst().speaker().role();
            String heading = m.conference().name() + Dates.inBrackets(m.date()) + (role.isEmpty() ? "" : ", khi đó là " + role)
                    + Coverage.reportsNote(part.reports().size(), m.reports().size());
            sections.add(new Layout.Section(heading, List.of(), statements(part, similarity, i)));
        }
        return sections;
    }

    private static List<Bullet> statements(Part part, Similarity similarity, int index) {
        List<Sentence> points = part.sentences().stream().filter(Digest::isPoint).toList();
        return Mmr.order(points, similarity::centrality, similarity).stream()
                .map(s -> Bullet.of("", Clauses.capitalized(Clauses.under(s.speaker(), s.statement().verb(), s.text())), s, index))
                .toList();
    }

    /** A period: one section per conference, who presided first, then its best points of every kind. */
    private static List<Layout.Section> conferences(List<Part> parts, Similarity similarity) {
        List<Layout.Section> sections = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Meeting m = part.meetings().getFirst();
            Digest d = digest(part, similarity, i);
            // a period's page has room for who led each conference, not for its date and size
            List<Bullet> leaders = d.facts.stream()
                    .filter(f -> !f.text().startsWith("Thời gian") && !f.text().startsWith(Digest.ATTENDANCE)).toList();
            String heading = m.conference().name() + Dates.inBrackets(m.date())
                    + Coverage.reportsNote(part.reports().size(), m.reports().size());
            sections.add(new Layout.Section(heading, leaders,
                    Layout.interleave(List.of(d.results, d.directions, d.tasks))));
        }
        return sections;
    }

    /** Two sides, one of them a person: one section each. */
    private static List<Layout.Section> sideBySide(Target.Comparison c, List<Part> parts, Similarity similarity) {
        List<Target> sides = List.of(c.left(), c.right());
        List<Layout.Section> sections = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Target side = sides.get(i);
            List<Bullet> bullets = side instanceof Target.OfPerson ? statements(parts.get(i), similarity, i)
                    : interleaved(digest(parts.get(i), similarity, i));
            sections.add(new Layout.Section(Clauses.capitalized(side.title()), List.of(), bullets));
        }
        return sections;
    }

    private static List<Bullet> interleaved(Digest d) {
        return Layout.interleave(List.of(d.results, d.directions, d.tasks));
    }

    /** The sides' labels, told apart: their titles when the short labels are the same. */
    private static List<String> labels(Target.Comparison c) {
        String left = c.left().label();
        String right = c.right().label();
        return left.equals(right) ? List.of(c.left().title(), c.right().title())
                : List.of(Clauses.capitalized(left), Clauses.capitalized(right));
    }
}

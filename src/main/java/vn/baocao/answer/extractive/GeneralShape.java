package vn.baocao.answer.extractive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.baocao.answer.CitationBook;
import vn.baocao.report.ReportInfo;
import vn.baocao.text.VietnameseText;
import vn.baocao.text.Dates;

/**
 * The answer for any question: the best sentence as the lead, then up to two supporting sentences
 * from other passages that cover the question nearly as well. A question that asks which meeting or
 * which report ("hội nghị gì", "báo cáo nào") is answered with its name first.
 */
final class GeneralShape implements Shape {
    private static final int MAX_SUPPORT = 2;
    private static final double SUPPORT_RATIO = 0.8;
    private static final Pattern WHICH_MEETING = Pattern.compile("\\b(hoi nghi|su kien|cuoc hop) (gi|nao)\\b");
    private static final Pattern WHICH_REPORT = Pattern.compile(
            "\\b((bao cao|bai bao|bai viet|bai) nao|(nhac den|nhac toi|de cap den|de cap) (o dau|tai dau))\\b");

    @Override
    public Optional<String> compose(Ask ask, List<Candidate> ranked, CitationBook book) {
        Candidate best = ranked.get(0);
        List<String> lines = new ArrayList<>();
        String marker = book.cite(best.passage(), best.sentence());
        String name = nameAskedFor(ask, best.passage().report());
        if (name.isEmpty()) {
            lines.add(best.sentence() + " " + marker);
        } else {
            lines.add(name + " " + marker + ".");
            lines.add(Lines.quote(best.sentence(), marker));
        }
        for (String point : Enumerations.following(best)) {
            lines.add(Lines.quote(point, book.cite(best.passage(), point)));
        }
        Set<String> used = new HashSet<>();
        used.add(best.passage().key());
        for (Candidate c : ranked.subList(1, ranked.size())) {
            if (lines.size() > MAX_SUPPORT || c.score() < best.score() * SUPPORT_RATIO) {
                break;
            }
            if (used.add(c.passage().key())) {
                lines.add(Lines.quote(c.sentence(), book.cite(c.passage(), c.sentence())));
            }
        }
        return Optional.of(String.join("\n", lines));
    }

    /** True when the question asks which report mentions something ("… được nhắc đến ở đâu?"). */
    static boolean asksWhichReport(Ask ask) {
        return WHICH_REPORT.matcher(VietnameseText.fold(ask.question())).find();
    }

    /** The meeting's or report's name with its date when the question asks which one, else empty. */
    private static String nameAskedFor(Ask ask, ReportInfo report) {
        String folded = VietnameseText.fold(ask.question());
        String when = Dates.inBrackets(report.date());
        // "Tổng Bí thư chỉ đạo tại hội nghị nào?" asks about a meeting the text names, not the report's.
        if (ask.person() != null) {
            return "";
        }
        if (WHICH_MEETING.matcher(folded).find()) {
            return Lines.conferenceOf(report) + when;
        }
        if (asksWhichReport(ask)) {
            return "Bài “" + report.title() + "”" + when;
        }
        return "";
    }
}

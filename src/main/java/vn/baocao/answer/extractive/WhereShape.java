package vn.baocao.answer.extractive;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.baocao.answer.CitationBook;
import vn.baocao.report.ReportInfo;

/** Answers "where": the place the best report's meeting was held, cited to the sentence naming it. */
final class WhereShape implements Shape {

    @Override
    public Optional<String> compose(Ask ask, List<Candidate> ranked, CitationBook book) {
        ReportInfo report = ranked.get(0).passage().report();
        if (report.place().isEmpty()) {
            return Optional.empty();
        }
        String place = report.place().toLowerCase(Locale.ROOT);
        return ranked.stream()
                .filter(c -> c.passage().report().id().equals(report.id())
                        && c.sentence().toLowerCase(Locale.ROOT).contains(place))
                .findFirst()
                .map(c -> {
                    String marker = book.cite(c.passage(), c.sentence());
                    return Lines.conferenceOf(report) + " diễn ra tại " + report.place() + " " + marker + ".\n"
                            + Lines.quote(c.sentence(), marker);
                });
    }
}

package vn.baocao.answer.extractive;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.CitationBook;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.Intent;

/**
 * Answers "where": for a question about a meeting, the place its report gives, cited to the sentence
 * naming it; otherwise, or when the report gives none, the place the best sentence names after "tại",
 * "ở" or "điểm cầu".
 */
final class WhereShape implements Shape {
    /** A named place: "tại Trụ sở Bộ Ngoại giao", "ở Hạ Long", "điểm cầu Cao Bằng". */
    private static final Pattern PLACE = Pattern.compile("(?u)(?<!\\p{L})(?:tại|ở|điểm cầu)\\s+(?!Hội nghị|Đại hội|Hội đồng|Lễ )((?:(?:điểm cầu|trụ sở|"
            + "thành phố|tỉnh|thủ đô|Trụ sở|Thành phố|Tỉnh|Thủ đô|Nhà)\\s+)?\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,4})");
    private static final int LOOK_AT = 5;

    @Override
    public Optional<String> compose(Intent intent, List<Candidate> ranked, CitationBook book) {
        ReportInfo report = ranked.get(0).passage().report();
        if (intent.aboutMeeting() && !report.place().isEmpty()) {
            String place = report.place().toLowerCase(Locale.ROOT);
            Optional<String> held = ranked.stream()
                    .filter(c -> c.passage().report().id().equals(report.id())
                            && c.sentence().toLowerCase(Locale.ROOT).contains(place))
                    .findFirst()
                    .map(c -> {
                        String marker = book.cite(c.passage(), c.sentence());
                        return Lines.conferenceOf(report) + " diễn ra tại " + report.place() + " " + marker + ".\n"
                                + Lines.quote(c.sentence(), marker);
                    });
            if (held.isPresent()) {
                return held;
            }
        }
        for (Candidate c : ranked.subList(0, Math.min(LOOK_AT, ranked.size()))) {
            Matcher m = PLACE.matcher(c.sentence());
            if (m.find()) {
                String marker = book.cite(c.passage(), c.sentence());
                return Optional.of(m.group(1) + " " + marker + ".\n" + Lines.quote(c.sentence(), marker));
            }
        }
        return Optional.empty();
    }
}

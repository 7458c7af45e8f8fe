package vn.baocao.answer.extractive;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.answer.CitationBook;
import vn.baocao.report.ReportInfo;
import vn.baocao.text.VietnameseText;
import vn.baocao.text.Dates;

/**
 * Answers "when": the date the best report's meeting was held, cited to the sentence that states
 * that day. Reports often give only "Sáng 10/1"; ingest resolved the year, and the answer says the
 * full date.
 */
final class WhenShape implements Shape {
    private static final Pattern DAY_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?!\\d)");

    // The question is about the meeting itself, whose date ingest resolved; otherwise ("Hiệp định EVFTA
    // được ký kết khi nào?") the meeting's date is not the answer.
    private static final Pattern ABOUT_A_MEETING = Pattern.compile(
            "\\b(hoi nghi|buoi lam viec|lam viec|cuoc hop|gap mat|hop|tong ket|so ket)\\b");

    @Override
    public Optional<String> compose(Ask ask, List<Candidate> ranked, CitationBook book) {
        ReportInfo report = ranked.get(0).passage().report();
        if (report.date() == null || !ABOUT_A_MEETING.matcher(VietnameseText.fold(ask.question())).find()) {
            return Optional.empty();
        }
        return ranked.stream()
                .filter(c -> c.passage().report().id().equals(report.id()) && statesDay(c.sentence(), report.date()))
                .findFirst()
                .map(c -> {
                    String marker = book.cite(c.passage(), c.sentence());
                    return Lines.conferenceOf(report) + " diễn ra ngày " + Dates.vietnamese(report.date()) + " "
                            + marker + ".\n" + Lines.quote(c.sentence(), marker);
                });
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

package vn.baocao.answer.extractive;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.answer.AnswerKind;
import vn.baocao.answer.CitationBook;
import vn.baocao.answer.Outcome;
import vn.baocao.report.Meeting;
import vn.baocao.report.Passage;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.search.Form;
import vn.baocao.search.Intent;
import vn.baocao.text.Dates;
import vn.baocao.text.Sentences;

/**
 * Answers which meetings were held on a day asked without its year ("những hội nghị nào diễn ra ngày 5/7"):
 * every meeting of the reports held that day, in whatever year, each cited to the sentence of its report that
 * states the day, or to its report's opening sentence. A day only one meeting was held passes to the routes
 * that answer of one meeting.
 */
final class MeetingsOnADayRoute implements Route {
    /** How far into a report the sentence stating its meeting's day is looked for. */
    private static final int LEAD_PASSAGES = 3;
    private final ConferenceRecords records;

    MeetingsOnADayRoute(ConferenceRecords records) {
        this.records = records;
    }

    @Override
    public Outcome answer(Intent intent, Findings findings) {
        if (!asksWhichOnADay(intent)) {
            return Outcome.PASS;
        }
        List<Meeting> held = records.meetings().stream()
                .filter(m -> m.date() != null && MonthDay.from(m.date()).equals(intent.date())).toList();
        if (held.size() < 2) {
            return Outcome.PASS;
        }
        CitationBook book = new CitationBook();
        List<String> lines = new ArrayList<>(List.of("Các báo cáo ghi nhận " + held.size() + " sự kiện diễn ra ngày "
                + intent.date().getDayOfMonth() + "/" + intent.date().getMonthValue() + ":"));
        for (Meeting meeting : held) {
            Optional<Cited> cited = dayStated(meeting.reports().getFirst(), meeting);
            String marker = cited.map(c -> " " + book.cite(c.passage(), c.sentence())).orElse("");
            lines.add("– " + meeting.conference().name() + Dates.inBrackets(meeting.date()) + marker);
        }
        String text = String.join("\n", lines);
        return new Outcome.Answered(CitationBook.markersIn(text), book.citations(), AnswerKind.LIST);
    }

    /** True when {@code intent} asks which meetings were held on a day and names nothing else that picks one. */
    static boolean asksWhichOnADay(Intent intent) {
        boolean asksWhich = intent.form() == Form.LIST || intent.form() == Form.WHICH_MEETING || intent.form() == Form.WHICH_REPORT;
        return asksWhich && intent.date() != null && intent.year() == 0 && intent.person() == null
                && intent.conferenceOrdinal() == 0 && intent.conferenceKind() == null && intent.titles().isEmpty();
    }

    private record Cited(Passage passage, String sentence) {
    }

    /** The sentence of {@code report}'s opening passages that states the day {@code meeting} was held, else its first sentence. */
    private Optional<Cited> dayStated(ReportInfo report, Meeting meeting) {
        Optional<Cited> first = Optional.empty();
        for (int ordinal = 0; ordinal < LEAD_PASSAGES; ordinal++) {
            Optional<Passage> passage = records.passage(report, ordinal);
            if (passage.isEmpty()) {
                break;
            }
            for (String sentence : Sentences.split(passage.get().text())) {
                if (first.isEmpty()) {
                    first = Optional.of(new Cited(passage.get(), sentence));
                }
                if (DaysInText.statesDay(sentence, meeting.date())) {
                    return Optional.of(new Cited(passage.get(), sentence));
                }
            }
        }
        return first;
    }
}

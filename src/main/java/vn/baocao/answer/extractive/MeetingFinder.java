package vn.baocao.answer.extractive;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import vn.baocao.lexicon.Lexicon;
import vn.baocao.report.Conference;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Person;
import vn.baocao.report.ReportInfo;
import vn.baocao.search.ConferenceRecords;
import vn.baocao.search.Intent;
import vn.baocao.search.NamedMeetings;
import vn.baocao.text.VietnameseText;

/**
 * The conferences a question names: by kind, number, year and day, a person who took part, and the words
 * of their names ({@link NamedMeetings}). A
 * review's year is the year it reviews ("tổng kết năm 2022" was held in January 2023); any other
 * meeting's is the year it reviews or the year it was held.
 */
final class MeetingFinder {
    private MeetingFinder() {
    }

    /** The meetings of {@code all} that fit everything {@code intent} says about a conference. */
    static List<Meeting> find(List<Meeting> all, Intent intent, boolean personIsAFilter) {
        return all.stream()
                .filter(m -> fits(m.conference(), m.date(), intent))
                .filter(m -> !personIsAFilter || intent.person() == null || involves(m, intent.person()))
                .toList();
    }

    /** True when {@code report}'s conference fits what {@code intent} says about one (a report about none fits only silence). */
    static boolean fits(ReportInfo report, Intent intent) {
        if (report.conference() == null) {
            return intent.conferenceKind() == null && intent.conferenceOrdinal() == 0 && intent.year() == 0
                    && intent.date() == null;
        }
        return fits(report.conference(), report.date(), intent);
    }

    /**
     * The report of the meeting a question about a meeting asks of: the best ranked report when it fits
     * the question; else, for a meeting named by kind or number, the best ranked report that fits, or the
     * earliest report of the one meeting that fits; empty for a question not about a meeting, or when
     * nothing fits.
     */
    static Optional<ReportInfo> reportAsked(Intent intent, List<Candidate> ranked, ConferenceRecords records) {
        if (!intent.aboutMeeting() || ranked.isEmpty()) {
            return Optional.empty();
        }
        ReportInfo best = ranked.get(0).passage().report();
        if (fits(best, intent)) {
            return Optional.of(best);
        }
        if (intent.conferenceKind() == null && intent.conferenceOrdinal() == 0) {
            return Optional.empty();
        }
        Optional<ReportInfo> ranking = ranked.stream().map(c -> c.passage().report()).filter(r -> fits(r, intent)).findFirst();
        if (ranking.isPresent()) {
            return ranking;
        }
        List<Meeting> named = records.meetings(reports -> fits(reports.getFirst(), intent));
        return named.size() == 1 ? Optional.of(named.getFirst().reports().getFirst()) : Optional.empty();
    }

    /** True when {@code person} chaired, attended or spoke at {@code meeting} (names compared without accents). */
    static boolean involves(Meeting meeting, Person person) {
        return isAmong(meeting.people(), person);
    }

    /** True when {@code people} has {@code person}, by name compared without accents (roles differ by report). */
    static boolean isAmong(List<Person> people, Person person) {
        return people.stream().anyMatch(p -> isNamed(p, person));
    }

    /** True when {@code a} and {@code b} are one person: the same name, accents aside. */
    static boolean isNamed(Person a, Person b) {
        return VietnameseText.fold(a.name()).equals(VietnameseText.fold(b.name()));
    }

    private static boolean fits(Conference c, LocalDate held, Intent intent) {
        ConferenceKind kind = intent.conferenceKind();
        return (kind == null || c.kind() == kind || NamedMeetings.calledByKindOfTopic(c, kind, intent.topic())
                || NamedMeetings.calledByKindAndNumber(c, kind, intent.conferenceOrdinal())
                || NamedMeetings.calledByKindAndSubject(c, kind, intent.topic(), intent.names())
                || kind == ConferenceKind.OTHER && NamedMeetings.namedByARunOf(c, intent.topic()))
                && (intent.conferenceOrdinal() == 0 || c.ordinal() == intent.conferenceOrdinal() && namedWithThePlacesAsked(c, intent))
                && (intent.year() == 0 || inYear(c, held, intent.year(), intent.conferenceKind())
                || heldOnTheDayAsked(c, held, intent.date(), intent.year()))
                && (intent.date() == null || held != null && MonthDay.from(held).equals(intent.date()));
    }

    /**
     * True when a meeting asked of by its number and no kind carries in its name one of the places the question
     * names, if it names any: "Hội nghị Trưởng CQĐD Mỹ Latinh lần 5" is not the "Đối thoại chính sách … Nhật
     * Bản lần thứ 5" of another report.
     */
    private static boolean namedWithThePlacesAsked(Conference c, Intent intent) {
        if (intent.conferenceKind() != null) {
            return true;
        }
        List<String> places = intent.names().stream().filter(Lexicon.get()::isPlace).toList();
        String name = " " + String.join(" ", VietnameseText.foldedWords(c.name())) + " ";
        // a place may be written another way in the meeting's name: "Niu Di-lân" for New Zealand
        return places.isEmpty() || places.stream().flatMap(p -> Lexicon.get().formsOf(p).stream())
                .anyMatch(form -> name.contains(" " + String.join(" ", VietnameseText.foldedWords(form)) + " "));
    }

    /**
     * True when {@code c}, a meeting that reviews no period, was held on {@code day}: the year the question
     * names is then that of what was done there ("buổi làm việc ngày 31-1 … kết quả năm 2022", held in 2023); or
     * when {@code c}, a review, was held on that very day of {@code year}.
     */
    static boolean heldOnTheDayAsked(Conference c, LocalDate held, MonthDay day, int year) {
        boolean onTheDay = day != null && held != null && MonthDay.from(held).equals(day);
        // a review asked of by the full day it was held ("the review held on 10 January 2019") is that review,
        // whatever year it reviews
        return onTheDay && (!c.kind().isReview() || held.getYear() == year);
    }

    /** True when {@code m} was held in {@code year} or reviews it. */
    static boolean isOfYear(Meeting m, int year) {
        return inYear(m.conference(), m.date(), year, null);
    }

    private static boolean inYear(Conference c, LocalDate held, int year, ConferenceKind askedKind) {
        // a meeting only called a review ("sơ kết 5 năm …") has no reviewed half-year or year
        boolean review = askedKind != null && askedKind.isReview() && c.kind() == askedKind;
        if (review) {
            return c.periodYear() == year;
        }
        return c.periodYear() == year || held != null && held.getYear() == year;
    }
}

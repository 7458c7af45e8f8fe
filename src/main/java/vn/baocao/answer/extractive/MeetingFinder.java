package vn.baocao.answer.extractive;

import java.time.MonthDay;
import java.util.List;
import vn.baocao.report.ConferenceKind;
import vn.baocao.report.Meeting;
import vn.baocao.report.Person;
import vn.baocao.search.QueryIntent;
import vn.baocao.text.VietnameseText;

/** The conferences a question names: by kind, number, year, day, and a person who took part. */
final class MeetingFinder {
    private MeetingFinder() {
    }

    /**
     * The meetings of {@code all} that fit everything {@code intent} says about a conference. A review's
     * year is the year it reviews ("tổng kết năm 2022" was held in January 2023); any other meeting's is
     * the year it was held.
     */
    static List<Meeting> find(List<Meeting> all, QueryIntent intent, boolean personIsAFilter) {
        return all.stream()
                .filter(m -> intent.conferenceKind() == null || m.conference().kind() == intent.conferenceKind())
                .filter(m -> intent.conferenceOrdinal() == 0 || m.conference().ordinal() == intent.conferenceOrdinal())
                .filter(m -> intent.year() == 0 || inYear(m, intent.year(), intent.conferenceKind()))
                .filter(m -> intent.date() == null || m.date() != null && MonthDay.from(m.date()).equals(intent.date()))
                .filter(m -> !personIsAFilter || intent.person() == null || involves(m, intent.person()))
                .toList();
    }

    /** True when {@code person} chaired, attended or spoke at {@code meeting} (names compared without accents). */
    static boolean involves(Meeting meeting, Person person) {
        String name = VietnameseText.fold(person.name());
        return meeting.people().stream().anyMatch(p -> VietnameseText.fold(p.name()).equals(name));
    }

    private static boolean inYear(Meeting m, int year, ConferenceKind askedKind) {
        boolean review = askedKind == ConferenceKind.YEAR_END_REVIEW || askedKind == ConferenceKind.MID_YEAR_REVIEW;
        if (review) {
            return m.conference().periodYear() == year;
        }
        return m.conference().periodYear() == year || m.date() != null && m.date().getYear() == year;
    }
}
